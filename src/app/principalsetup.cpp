#include "principalsetup.h"

#include "awsmanagedpolicies.h"
#include "documentio.h"
#include "policyanalysis.h"
#include "policytab.h"

#include <QFileInfo>

namespace mfapolicy {

PrincipalSetup::PrincipalSetup(QObject *parent) : QObject(parent) { }

template<typename F> void PrincipalSetup::forEachEntry(F f)
{
    for (Entry &e : m_policies)
        f(e);
    if (m_boundary)
        f(*m_boundary);
    for (Level &level : m_scps) {
        for (Entry &e : level.policies)
            f(e);
    }
}

template<typename F> void PrincipalSetup::forEachEntry(F f) const
{
    const_cast<PrincipalSetup *>(this)->forEachEntry([&f](const Entry &e) { f(e); });
}

bool PrincipalSetup::isEmpty() const
{
    return m_policies.empty() && !m_boundary && m_scps.empty() && m_context.empty();
}

void PrincipalSetup::setIdentity(const SimulationIdentity &identity)
{
    m_identity = identity;
    Q_EMIT changed();
}

void PrincipalSetup::addPolicy(Entry entry)
{
    m_policies.push_back(std::move(entry));
    Q_EMIT changed();
}

void PrincipalSetup::removePolicy(std::size_t index)
{
    if (index >= m_policies.size())
        return;
    m_policies.erase(m_policies.begin() + std::ptrdiff_t(index));
    Q_EMIT changed();
}

void PrincipalSetup::setIncluded(std::size_t index, bool included)
{
    if (index >= m_policies.size() || m_policies[index].policy.excluded == !included)
        return;
    m_policies[index].policy.excluded = !included;
    Q_EMIT changed();
}

void PrincipalSetup::setBoundary(std::optional<Entry> entry)
{
    m_boundary = std::move(entry);
    Q_EMIT changed();
}

void PrincipalSetup::addScpLevel(const QString &name)
{
    m_scps.push_back({name, {}});
    Q_EMIT changed();
}

void PrincipalSetup::removeScpLevel(std::size_t level)
{
    if (level >= m_scps.size())
        return;
    m_scps.erase(m_scps.begin() + std::ptrdiff_t(level));
    Q_EMIT changed();
}

void PrincipalSetup::addScp(std::size_t level, Entry entry)
{
    if (level >= m_scps.size())
        return;
    m_scps[level].policies.push_back(std::move(entry));
    Q_EMIT changed();
}

void PrincipalSetup::removeScp(std::size_t level, std::size_t index)
{
    if (level >= m_scps.size() || index >= m_scps[level].policies.size())
        return;
    auto &policies = m_scps[level].policies;
    policies.erase(policies.begin() + std::ptrdiff_t(index));
    Q_EMIT changed();
}

void PrincipalSetup::setContext(std::vector<std::pair<std::string, std::string>> context)
{
    m_context = std::move(context);
    Q_EMIT changed();
}

void PrincipalSetup::clear()
{
    m_policies.clear();
    m_boundary.reset();
    m_scps.clear();
    m_context.clear();
    Q_EMIT changed();
}

void PrincipalSetup::setPrincipal(const Principal &principal, const QList<PolicyTab *> &tabs)
{
    m_identity = principal.identity;
    m_policies.clear();
    for (const PrincipalPolicy &p : principal.policies)
        m_policies.push_back({p, {}});
    m_boundary.reset();
    if (principal.boundary)
        m_boundary = Entry {*principal.boundary, {}};
    m_scps.clear();
    for (const ScpLevel &level : principal.scps) {
        Level l {QString::fromStdString(level.name), {}};
        for (const PrincipalPolicy &p : level.policies)
            l.policies.push_back({p, {}});
        m_scps.push_back(std::move(l));
    }
    m_context = principal.context;
    for (PolicyTab *tab : tabs)
        linkTab(tab);
    Q_EMIT changed();
}

PrincipalSetup::Entry PrincipalSetup::entryFor(PolicyTab *tab)
{
    Entry entry;
    entry.tab = tab;
    entry.policy.name = tab->displayName().toStdString();
    entry.policy.file = QFileInfo(tab->filePath()).absoluteFilePath().toStdString();
    if (tab->filePath().isEmpty())
        entry.policy.file.clear();
    if (const auto analysis = tab->analysis())
        entry.policy.source = analysis->shared;
    return entry;
}

std::optional<PrincipalSetup::Entry> PrincipalSetup::entryForFile(const QString &path, QString *error)
{
    const LoadResult loaded = DocumentIo::load(path);
    if (loaded.status != LoadResult::Status::Ok) {
        if (error)
            *error = loaded.message;
        return std::nullopt;
    }
    Entry entry;
    const QFileInfo info(path);
    entry.policy.name = info.fileName().toStdString();
    entry.policy.file = info.absoluteFilePath().toStdString();
    entry.policy.source
        = std::make_shared<const PolicySource>(PolicySource::parse(loaded.text.toStdString(), entry.policy.name));
    return entry;
}

std::optional<PrincipalSetup::Entry> PrincipalSetup::entryForAwsManaged(const QString &name)
{
    const std::optional<AwsManagedPolicy> found = AwsManagedPolicies::bundled().find(name.toStdString());
    if (!found)
        return std::nullopt;
    Entry entry;
    entry.policy.name = found->name;
    entry.policy.origin = PolicyOrigin::AwsManaged;
    entry.policy.arn = found->arn;
    entry.policy.versionId = found->versionId;
    entry.policy.source = std::make_shared<const PolicySource>(PolicySource::parse(found->documentText, found->name));
    return entry;
}

namespace {
// The policy as it is now: the editor's text while it is open.
PrincipalPolicy current(const PrincipalSetup::Entry &entry)
{
    PrincipalPolicy policy = entry.policy;
    if (entry.tab) {
        policy.name = entry.tab->displayName().toStdString();
        if (const auto analysis = entry.tab->analysis())
            policy.source = analysis->shared;
    }
    return policy;
}
} // namespace

Principal PrincipalSetup::principal() const
{
    Principal p;
    p.identity = m_identity;
    for (const Entry &e : m_policies)
        p.policies.push_back(current(e));
    if (m_boundary)
        p.boundary = current(*m_boundary);
    for (const Level &level : m_scps) {
        ScpLevel l;
        l.name = level.name.toStdString();
        for (const Entry &e : level.policies)
            l.policies.push_back(current(e));
        p.scps.push_back(std::move(l));
    }
    p.context = m_context;
    return p;
}

PrincipalView PrincipalSetup::viewFor(const PolicyTab *tab) const
{
    PrincipalView view;
    view.principal = principal();
    for (std::size_t i = 0; i < m_policies.size(); ++i) {
        if (m_policies[i].tab == tab)
            view.own.push_back({Layer::Identity, 0, i});
    }
    if (m_boundary && m_boundary->tab == tab)
        view.own.push_back({Layer::PermissionsBoundary, 0, 0});
    for (std::size_t l = 0; l < m_scps.size(); ++l) {
        for (std::size_t i = 0; i < m_scps[l].policies.size(); ++i) {
            if (m_scps[l].policies[i].tab == tab)
                view.own.push_back({Layer::Scp, l, i});
        }
    }
    return view;
}

void PrincipalSetup::linkTab(PolicyTab *tab)
{
    if (tab->filePath().isEmpty())
        return;
    const std::string path = QFileInfo(tab->filePath()).absoluteFilePath().toStdString();
    bool linked = false;
    forEachEntry([&](Entry &e) {
        if (!e.tab && e.policy.origin != PolicyOrigin::AwsManaged && !e.policy.file.empty()
            && QFileInfo(QString::fromStdString(e.policy.file)).absoluteFilePath().toStdString() == path) {
            e.tab = tab;
            linked = true;
        }
    });
    if (linked)
        Q_EMIT changed();
}

void PrincipalSetup::unlinkTab(PolicyTab *tab)
{
    forEachEntry([tab](Entry &e) {
        if (e.tab == tab) {
            e.policy = current(e);
            e.tab = nullptr;
        }
    });
}

bool PrincipalSetup::isAttached(const PolicyTab *tab) const
{
    bool attached = false;
    forEachEntry([&](const Entry &e) { attached = attached || e.tab == tab; });
    return attached;
}

void PrincipalSetup::tabAnalysed(PolicyTab *tab)
{
    const auto analysis = tab->analysis();
    if (!analysis)
        return;
    bool changedText = false;
    forEachEntry([&](Entry &e) {
        if (e.tab != tab)
            return;
        if (!e.policy.source || e.policy.source->text() != analysis->source.text())
            changedText = true;
        e.policy.source = analysis->shared;
    });
    if (changedText)
        Q_EMIT sourcesChanged(tab);
}

} // namespace mfapolicy
