#pragma once

#include "comparison.h"
#include "matrix.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class ComparisonWidget;
}

namespace mfapolicy {

class ComparisonModel;

/// Two policies side by side: the matrix cells that change, the changes in words and the text
/// diff. Used for document against document, against a template, and against its migrated form.
class ComparisonWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonWidget(QWidget *parent = nullptr);
    ~ComparisonWidget() override;

    void setIdentity(const SimulationIdentity &identity);
    /// Parses and evaluates both texts; the names label the columns and the diff headers.
    void setPolicies(const QString &beforeName, const QString &beforeText, const QString &afterName,
                     const QString &afterText);

    ComparisonModel *model() const { return m_model; }
    const DecisionMatrix &beforeMatrix() const;
    const DecisionMatrix &afterMatrix() const;
    const std::vector<CellChange> &changes() const { return m_changes; }
    /// One sentence per changed cell, as listed.
    QStringList changeSentences() const;
    QString unifiedDiff() const { return m_diff; }
    const std::vector<DiffHunk> &hunks() const { return m_hunks; }
    QString beforeName() const { return m_beforeName; }
    QString afterName() const { return m_afterName; }

public Q_SLOTS:
    void setHighContrast(bool on);

Q_SIGNALS:
    /// A cell of the comparison was activated: the host can show that request's explanation.
    void cellActivated(const QString &action, const QString &resource, mfapolicy::AuthState state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void recompute();
    void showTexts();
    void showDiff(const std::vector<DiffHunk> &hunks);

    std::unique_ptr<Ui::ComparisonWidget> m_ui;
    ComparisonModel *m_model = nullptr;
    SimulationIdentity m_identity;
    QString m_beforeName;
    QString m_beforeText;
    QString m_afterName;
    QString m_afterText;
    std::vector<CellChange> m_changes;
    std::vector<DiffHunk> m_hunks;
    QString m_diff;
    bool m_highContrast = false;
};

} // namespace mfapolicy
