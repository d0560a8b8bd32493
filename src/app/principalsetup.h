#pragma once

#include "principalmatrix.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>
#include <vector>

namespace mfapolicy {

class PolicyTab;

/// The principal of the window: the simulated user and every policy that decides its requests.
/// A policy that is open in a tab is taken as it is in the editor, unsaved edits included.
class PrincipalSetup final : public QObject
{
    Q_OBJECT
public:
    /// Where a policy is attached.
    enum class Place { Identity, Boundary, Scp };

    /// One attached policy; `tab` is set while it is open in the studio.
    struct Entry {
        PrincipalPolicy policy;
        QPointer<PolicyTab> tab;
    };
    struct Level {
        QString name;
        std::vector<Entry> policies;
    };

    explicit PrincipalSetup(QObject *parent = nullptr);

    const SimulationIdentity &identity() const { return m_identity; }
    void setIdentity(const SimulationIdentity &identity);
    const std::vector<Entry> &policies() const { return m_policies; }
    const std::optional<Entry> &boundary() const { return m_boundary; }
    const std::vector<Level> &scpLevels() const { return m_scps; }
    const std::vector<std::pair<std::string, std::string>> &context() const { return m_context; }
    bool isEmpty() const;

    void addPolicy(Entry entry);
    void removePolicy(std::size_t index);
    void setIncluded(std::size_t index, bool included);
    void setBoundary(std::optional<Entry> entry);
    void addScpLevel(const QString &name);
    void removeScpLevel(std::size_t level);
    void addScp(std::size_t level, Entry entry);
    void removeScp(std::size_t level, std::size_t index);
    void setContext(std::vector<std::pair<std::string, std::string>> context);
    /// Replaces everything by a principal read from a file, linking policies open in `tabs`.
    void setPrincipal(const Principal &principal, const QList<PolicyTab *> &tabs);
    void clear();

    /// An open document as a policy of the principal.
    static Entry entryFor(PolicyTab *tab);
    /// A policy file; nullopt (and `error` set) when it cannot be read as a policy.
    static std::optional<Entry> entryForFile(const QString &path, QString *error);
    /// An AWS managed policy from the bundled data, nullopt when there is none by that name.
    static std::optional<Entry> entryForAwsManaged(const QString &name);

    /// The principal as `tab` is analysed in: open policies as they are in their editors, and
    /// the tab's own places in `own` (none when it is not attached).
    PrincipalView viewFor(const PolicyTab *tab) const;
    /// The principal with every policy as it is now (for saving).
    Principal principal() const;

    /// A tab was opened or saved under a new name: policies read from its file now follow it.
    void linkTab(PolicyTab *tab);
    /// The tab is going away: its policies keep the text it had.
    void unlinkTab(PolicyTab *tab);
    /// A tab has a new analysis: when its text is part of the principal, the others must follow.
    void tabAnalysed(PolicyTab *tab);
    bool isAttached(const PolicyTab *tab) const;

Q_SIGNALS:
    /// The user, a policy, its place or the context changed: every matrix is out of date.
    void changed();
    /// The text of an attached open policy changed: every other tab's matrix is out of date.
    void sourcesChanged(PolicyTab *origin);

private:
    template<typename F> void forEachEntry(F f);
    template<typename F> void forEachEntry(F f) const;

    SimulationIdentity m_identity;
    std::vector<Entry> m_policies;
    std::optional<Entry> m_boundary;
    std::vector<Level> m_scps;
    std::vector<std::pair<std::string, std::string>> m_context;
};

} // namespace mfapolicy
