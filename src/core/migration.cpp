#include "migration.h"

#include "evaluator.h"
#include "matrix.h"
#include "rulesutil.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace mfapolicy {

namespace {

constexpr const char *createAction = "iam:CreateVirtualMFADevice";
constexpr const char *newStatementSid = "AllowUserToCreateVirtualMFADevice";

bool isMfaPresentKey(const std::string &key)
{
    return iequals(key, "aws:MultiFactorAuthPresent");
}

bool hasMfaCondition(const Statement &statement)
{
    return std::any_of(statement.conditions.begin(), statement.conditions.end(),
                       [](const ConditionClause &clause) { return isMfaPresentKey(clause.key); });
}

// The index of an element from its JSON pointer ("/Statement/2/Action/1" -> 1).
std::size_t lastIndex(const std::string &pointer)
{
    const auto slash = pointer.rfind('/');
    return static_cast<std::size_t>(std::strtoul(pointer.c_str() + slash + 1, nullptr, 10));
}

bool inArray(const PolicySource &source, const PolicyString &entry)
{
    return isArray(source, parentPointer(entry.pointer));
}

std::string text(const PolicySource &source, const SourceRange &range)
{
    return source.text().substr(range.begin, range.end - range.begin);
}

// Renders `{"Sid": ..., "Effect": "Allow", "Action": [...], "Resource": ..., "Condition": ...}`
// laid out like `model`, the statement it is derived from, so that it sits next to it unnoticed.
class StatementWriter final
{
public:
    StatementWriter(const PolicySource &source, const Statement &model, const DocumentStyle &style)
        : m_source(source), m_model(model), m_style(style)
    {
        const auto range = source.range(model.pointer);
        m_range = range.value_or(SourceRange {});
        m_multiline = text(source, m_range).find('\n') != std::string::npos;
        m_keys = memberKeys();
    }

    std::string render(const std::string &sid, const std::string &action, const std::string &resource) const
    {
        std::vector<std::pair<std::string, std::string>> members;
        const bool wantSid = !sid.empty();
        if (wantSid && std::find(m_keys.begin(), m_keys.end(), "Sid") == m_keys.end())
            members.emplace_back("Sid", jsonQuote(sid));
        for (const std::string &key : m_keys) {
            if (key == "Sid" && wantSid)
                members.emplace_back(key, jsonQuote(sid));
            else if (key == "Effect")
                members.emplace_back(key, jsonQuote("Allow"));
            else if (key == "Action")
                members.emplace_back(key, valueLike(key, jsonQuote(action)));
            else if (key == "Resource")
                members.emplace_back(key, valueLike(key, jsonQuote(resource)));
            else if (key == "Condition") // same depth, so the text keeps its indentation
                members.emplace_back(key, text(m_source, *m_source.range(m_model.pointer + "/Condition")));
        }
        std::string out = "{";
        if (m_multiline) {
            const std::string nl = m_style.newline;
            for (std::size_t i = 0; i < members.size(); ++i) {
                out += nl + memberIndent() + jsonQuote(members[i].first) + colon() + members[i].second;
                if (i + 1 < members.size())
                    out += ",";
            }
            out += nl + lineIndent(m_source.text(), m_range.begin) + "}";
        } else {
            out += openSpace();
            for (std::size_t i = 0; i < members.size(); ++i) {
                if (i > 0)
                    out += memberSeparator();
                out += jsonQuote(members[i].first) + colon() + members[i].second;
            }
            out += closeSpace() + "}";
        }
        return out;
    }

private:
    std::vector<std::string> memberKeys() const
    {
        // Key order of the model statement, read from the text so that it is exactly the user's.
        std::vector<std::pair<std::size_t, std::string>> keys;
        for (const char *key : {"Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition"}) {
            if (const auto range = m_source.keyRange(m_model.pointer + '/' + key))
                keys.emplace_back(range->begin, key);
        }
        std::sort(keys.begin(), keys.end());
        std::vector<std::string> out;
        for (auto &[offset, key] : keys) {
            if (key == "NotAction")
                key = "Action";
            else if (key == "NotResource")
                key = "Resource";
            out.push_back(key);
        }
        return out;
    }

    std::string firstKeyPointer() const
    {
        std::size_t best = std::string::npos;
        std::string pointer;
        for (const char *key : {"Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition"}) {
            const auto range = m_source.keyRange(m_model.pointer + '/' + key);
            if (range && range->begin < best) {
                best = range->begin;
                pointer = m_model.pointer + '/' + key;
            }
        }
        return pointer;
    }

    std::string memberIndent() const
    {
        const auto range = m_source.keyRange(firstKeyPointer());
        return range ? lineIndent(m_source.text(), range->begin)
                     : lineIndent(m_source.text(), m_range.begin) + m_style.indentUnit;
    }

    std::string colon() const
    {
        const std::string pointer = firstKeyPointer();
        const auto key = m_source.keyRange(pointer);
        const auto value = m_source.range(pointer);
        if (key && value && value->begin >= key->end)
            return m_source.text().substr(key->end, value->begin - key->end);
        return m_style.colon;
    }

    std::string openSpace() const
    {
        const auto key = m_source.keyRange(firstKeyPointer());
        return key ? m_source.text().substr(m_range.begin + 1, key->begin - m_range.begin - 1) : std::string();
    }

    std::string closeSpace() const
    {
        std::size_t end = m_range.end - 1;
        std::size_t begin = end;
        while (begin > m_range.begin && (m_source.text()[begin - 1] == ' ' || m_source.text()[begin - 1] == '\t'))
            --begin;
        return m_source.text().substr(begin, end - begin);
    }

    std::string memberSeparator() const
    {
        const std::string pointer = firstKeyPointer();
        const auto value = m_source.range(pointer);
        if (!value)
            return m_style.comma;
        std::size_t next = std::string::npos;
        for (const char *key : {"Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition"}) {
            const auto range = m_source.keyRange(m_model.pointer + '/' + key);
            if (range && range->begin > value->end && range->begin < next)
                next = range->begin;
        }
        return next == std::string::npos ? m_style.comma : m_source.text().substr(value->end, next - value->end);
    }

    // A one-value array or a plain string, as the model writes that member.
    std::string valueLike(const std::string &key, const std::string &value) const
    {
        std::string pointer = m_model.pointer + '/' + key;
        if (!m_source.range(pointer))
            pointer = m_model.pointer + "/Not" + key;
        if (!isArray(m_source, pointer))
            return value;
        const auto range = m_source.range(pointer);
        const std::string arrayText = text(m_source, *range);
        if (arrayText.find('\n') == std::string::npos) {
            const auto first = m_source.range(pointer + "/0");
            const std::string open
                = first ? m_source.text().substr(range->begin + 1, first->begin - range->begin - 1) : std::string();
            std::string close;
            std::size_t end = range->end - 1;
            while (end > range->begin && m_source.text()[end - 1] == ' ') {
                close += ' ';
                --end;
            }
            return "[" + open + value + close + "]";
        }
        const std::string indent = memberIndent();
        const auto first = m_source.range(pointer + "/0");
        const std::string elementIndent
            = first ? lineIndent(m_source.text(), first->begin) : indent + m_style.indentUnit;
        return "[" + m_style.newline + elementIndent + value + m_style.newline + indent + "]";
    }

    const PolicySource &m_source;
    const Statement &m_model;
    const DocumentStyle &m_style;
    SourceRange m_range;
    bool m_multiline = true;
    std::vector<std::string> m_keys;
};

class Planner final
{
public:
    explicit Planner(const PolicySource &source)
        : m_source(source), m_policy(source.policy()), m_style(detectStyle(source))
    {
        for (const Statement &statement : m_policy.statements) {
            if (statement.sid)
                m_sids.insert(*statement.sid);
        }
        for (std::size_t i = 0; i < allAuthStates.size(); ++i) {
            m_createOwn[i]
                = makeRequest(m_identity, allAuthStates[i], createAction, m_identity.deviceArn(m_identity.userName));
            m_createCustom[i]
                = makeRequest(m_identity, allAuthStates[i], createAction, m_identity.deviceArn(m_identity.deviceName));
        }
        for (const Statement &statement : m_policy.statements) {
            if (statement.usable && statement.effect == Effect::Deny && statement.notAction
                && hasMfaCondition(statement))
                m_guards.push_back(&statement);
        }
    }

    MigrationPlan plan()
    {
        MigrationPlan plan;
        addIfAny(plan, createDeviceAnyName());
        addIfAny(plan, dropDeleteFromGuard());
        addIfAny(plan, dropListUsers());
        addIfAny(plan, userWithPath());
        addIfAny(plan, boolIfExists());
        return plan;
    }

private:
    static void addIfAny(MigrationPlan &plan, MigrationChange change)
    {
        if (!change.edits.empty())
            plan.changes.push_back(std::move(change));
    }

    // Statements that allow creating a device named like the user but not one with another
    // name, in some signing state: the pre-November-2022 `mfa/${aws:username}` resource.
    bool createsOnlyUserNamedDevice(const Statement &statement) const
    {
        if (!statement.usable || statement.effect != Effect::Allow)
            return false;
        for (std::size_t i = 0; i < allAuthStates.size(); ++i) {
            if (statementApplies(m_policy, statement, m_createOwn[i])
                && !statementApplies(m_policy, statement, m_createCustom[i]))
                return true;
        }
        return false;
    }

    std::string uniqueSid(const std::string &base)
    {
        // Numbering goes on from the last number given, so that n new statements cost n tries,
        // not n squared.
        std::string sid = base;
        std::size_t &n = m_nextSidNumber[base];
        if (n == 0)
            n = 2;
        while (m_sids.count(sid))
            sid = base + std::to_string(n++);
        m_sids.insert(sid);
        return sid;
    }

    MigrationChange createDeviceAnyName()
    {
        MigrationChange change;
        change.id = createDeviceAnyNameChange;
        change.onByDefault = true;
        const bool docUsesSids = !m_sids.empty();
        for (const Statement &statement : m_policy.statements) {
            if (statement.notAction || !createsOnlyUserNamedDevice(statement))
                continue;
            const bool alone = std::all_of(statement.actions.begin(), statement.actions.end(),
                                           [](const PolicyString &a) { return iequals(a.value, createAction); });
            std::vector<PolicyString> deviceEntries;
            for (const PolicyString &resource : statement.resources) {
                const auto mfa = resource.value.find(":mfa/");
                if (mfa != std::string::npos && resource.value.find("${", mfa) != std::string::npos)
                    deviceEntries.push_back(resource);
            }
            if (deviceEntries.empty())
                continue; // a literal device name: the checker reports it, nothing to migrate safely
            const std::string &device = deviceEntries.front().value;
            const std::string anyDevice = device.substr(0, device.find(":mfa/") + 5) + "*";
            if (alone && !statement.notResource) {
                // Only CreateVirtualMFADevice here: opening its device resource widens nothing else.
                for (const PolicyString &entry : deviceEntries) {
                    if (auto edit = replaceString(m_source, entry.pointer, anyDevice.substr(0)))
                        change.edits.push_back(*edit);
                    change.pointers.push_back(entry.pointer);
                }
                change.args.push_back(statement.pointer);
                continue;
            }
            // Other device actions share the resource: move Create into its own statement.
            // All at once: the action may be listed twice, and one-by-one removals would overlap.
            std::vector<std::size_t> createIndices;
            std::string actionArray;
            for (const PolicyString &action : statement.actions) {
                if (!iequals(action.value, createAction) || !inArray(m_source, action))
                    continue;
                actionArray = parentPointer(action.pointer);
                createIndices.push_back(lastIndex(action.pointer));
            }
            for (TextEdit &edit : removeArrayElements(m_source, actionArray, createIndices))
                change.edits.push_back(std::move(edit));
            const std::string sid = docUsesSids ? uniqueSid(newStatementSid) : std::string();
            const std::string rendered
                = StatementWriter(m_source, statement, m_style).render(sid, createAction, anyDevice);
            for (TextEdit &edit : insertStatementAfter(statement, rendered))
                change.edits.push_back(std::move(edit));
            change.args.push_back(statement.pointer);
            change.pointers.push_back(statement.pointer);
        }
        return change;
    }

    std::vector<TextEdit> insertStatementAfter(const Statement &statement, const std::string &rendered) const
    {
        if (isArray(m_source, "/Statement")) {
            if (auto edit = insertArrayElement(m_source, "/Statement", statement.index, rendered, m_style))
                return {*edit};
            return {};
        }
        // A lone statement object becomes an array. As two insertions around it, not one
        // replacement of it: the edits inside it (Create leaving its Action) must not overlap.
        const auto wrapped = wrapInArray(m_source, "/Statement", {rendered}, m_style);
        if (!wrapped)
            return {};
        const std::size_t length = wrapped->end - wrapped->begin;
        const std::size_t at = wrapped->replacement.find(m_source.text().substr(wrapped->begin, length));
        if (at == std::string::npos)
            return {};
        return {TextEdit {wrapped->begin, wrapped->begin, wrapped->replacement.substr(0, at)},
                TextEdit {wrapped->end, wrapped->end, wrapped->replacement.substr(at + length)}};
    }

    // The force-MFA Deny: NotAction plus a condition on aws:MultiFactorAuthPresent.
    const std::vector<const Statement *> &guards() const { return m_guards; }
    bool isGuard(const Statement &statement) const
    {
        return std::binary_search(m_guards.begin(), m_guards.end(), &statement);
    }

    // Removes every listed entry equal to `action`; a statement whose only action it is goes.
    void removeAction(MigrationChange &change, const Statement &statement, const char *action)
    {
        // All copies at once: an action listed twice, removed copy by copy, gave overlapping edits.
        std::vector<std::string> pointers;
        std::vector<std::size_t> indices;
        std::string array;
        for (const PolicyString &entry : statement.actions) {
            if (!iequals(entry.value, action))
                continue;
            pointers.push_back(entry.pointer);
            if (inArray(m_source, entry)) {
                array = parentPointer(entry.pointer);
                indices.push_back(lastIndex(entry.pointer));
            }
        }
        if (pointers.empty())
            return;
        std::vector<TextEdit> edits;
        if (!array.empty())
            edits = removeArrayElements(m_source, array, indices);
        if (edits.empty() && pointers.size() == statement.actions.size() && !statement.notAction
            && isArray(m_source, "/Statement")) {
            if (auto edit = removeArrayElement(m_source, "/Statement", statement.index))
                edits.push_back(*edit);
        }
        if (edits.empty())
            return;
        for (TextEdit &edit : edits)
            change.edits.push_back(std::move(edit));
        for (std::string &pointer : pointers)
            change.pointers.push_back(std::move(pointer));
    }

    MigrationChange dropDeleteFromGuard()
    {
        MigrationChange change;
        change.id = dropDeleteFromGuardChange;
        for (const Statement *guard : guards())
            removeAction(change, *guard, "iam:DeleteVirtualMFADevice");
        return change;
    }

    MigrationChange dropListUsers()
    {
        MigrationChange change;
        change.id = dropListUsersChange;
        for (const Statement &statement : m_policy.statements) {
            if (statement.usable && ((statement.effect == Effect::Allow && !statement.notAction) || isGuard(statement)))
                removeAction(change, statement, "iam:ListUsers");
        }
        return change;
    }

    MigrationChange userWithPath()
    {
        MigrationChange change;
        change.id = userWithPathChange;
        for (const Statement &statement : m_policy.statements) {
            if (!statement.usable || statement.effect != Effect::Allow || statement.notResource)
                continue;
            std::set<std::string> present;
            for (const PolicyString &resource : statement.resources)
                present.insert(toLower(resource.value));
            std::vector<std::pair<const PolicyString *, std::string>> additions;
            for (const PolicyString &resource : statement.resources) {
                const std::string lower = toLower(resource.value);
                const std::string suffix = ":user/${aws:username}";
                if (lower.size() <= suffix.size() || lower.compare(lower.size() - suffix.size(), suffix.size(), suffix))
                    continue;
                const std::size_t userPos = resource.value.size() - suffix.size() + 6;
                const std::string withPath = resource.value.substr(0, userPos) + "*/" + resource.value.substr(userPos);
                if (!present.count(toLower(withPath)))
                    additions.emplace_back(&resource, withPath);
            }
            if (additions.empty())
                continue;
            if (statement.resources.size() == 1 && !inArray(m_source, statement.resources.front())) {
                if (auto edit = wrapInArray(m_source, statement.resources.front().pointer,
                                            {jsonQuote(additions.front().second)}, m_style))
                    change.edits.push_back(*edit);
            } else {
                for (const auto &[entry, value] : additions) {
                    if (auto edit = insertArrayElement(m_source, parentPointer(entry->pointer),
                                                       lastIndex(entry->pointer), jsonQuote(value), m_style))
                        change.edits.push_back(*edit);
                }
            }
            change.pointers.push_back(statement.pointer);
        }
        return change;
    }

    MigrationChange boolIfExists()
    {
        MigrationChange change;
        change.id = boolIfExistsChange;
        for (const Statement *guard : guards()) {
            for (const ConditionClause &clause : guard->conditions) {
                if (clause.op != ConditionOperator::Bool || clause.ifExists || !isMfaPresentKey(clause.key)
                    || clause.qualifier != SetQualifier::None)
                    continue;
                const std::string operatorPointer = parentPointer(clause.pointer);
                // Renaming the operator would change its other keys too, or clash with an
                // existing BoolIfExists block: leave those for the user.
                const bool alone = std::count_if(guard->conditions.begin(), guard->conditions.end(),
                                                 [&](const ConditionClause &c) {
                                                     return parentPointer(c.pointer) == operatorPointer;
                                                 })
                    == 1;
                const bool clash
                    = std::any_of(guard->conditions.begin(), guard->conditions.end(), [&](const ConditionClause &c) {
                          return c.op == ConditionOperator::Bool && c.ifExists && c.qualifier == SetQualifier::None;
                      });
                if (!alone || clash)
                    continue;
                if (auto edit = replaceKey(m_source, operatorPointer, clause.operatorText + "IfExists")) {
                    change.edits.push_back(*edit);
                    change.pointers.push_back(clause.pointer);
                }
            }
        }
        return change;
    }

    const PolicySource &m_source;
    const Policy &m_policy;
    DocumentStyle m_style;
    SimulationIdentity m_identity;
    std::set<std::string> m_sids;
    std::map<std::string, std::size_t> m_nextSidNumber;
    std::array<Request, 3> m_createOwn; // CreateVirtualMFADevice on mfa/<user name>, per state
    std::array<Request, 3> m_createCustom; // ... on mfa/<device name>
    std::vector<const Statement *> m_guards; // in statement order, so sorted by address
};

} // namespace

const MigrationChange *MigrationPlan::find(const std::string &id) const
{
    for (const MigrationChange &change : changes) {
        if (change.id == id)
            return &change;
    }
    return nullptr;
}

MigrationPlan planMigration(const PolicySource &source)
{
    return Planner(source).plan();
}

namespace {

// The edits chosen so far, keyed by (begin, end): non-overlapping, so an insertion and a
// deletion that start at one offset sort insertion first, and the only edit that can contain
// an offset is the last one that starts before it.
class EditSet final
{
public:
    /// `text` (may be null) is what the edits apply to; with it, merged removals of array
    /// elements also take the separator that would otherwise be left behind.
    explicit EditSet(const std::string *text) : m_text(text) { }

    // Adds every edit of `change` or none; on a conflict returns the id of the change it
    // conflicts with.
    std::optional<std::string> add(const MigrationChange &change)
    {
        Edits trial = m_edits;
        for (const TextEdit &edit : change.edits) {
            if (auto other = addEdit(trial, edit, change.id))
                return other;
        }
        m_edits = std::move(trial);
        return std::nullopt;
    }

    std::vector<TextEdit> edits() const
    {
        std::vector<TextEdit> out;
        out.reserve(m_edits.size());
        for (const auto &[key, entry] : m_edits)
            out.push_back(entry.edit);
        return out;
    }

private:
    struct Entry {
        TextEdit edit;
        std::string owner; // the change that made it first
    };
    using Edits = std::map<std::pair<std::size_t, std::size_t>, Entry>;

    std::optional<std::string> addEdit(Edits &edits, TextEdit edit, const std::string &owner) const
    {
        if (edit.begin == edit.end) {
            const auto same = edits.find({edit.begin, edit.end});
            if (same != edits.end()) {
                same->second.edit.replacement += edit.replacement; // in plan order
                return std::nullopt;
            }
            const auto next = edits.lower_bound({edit.begin, edit.end});
            if (next != edits.begin()) {
                const Entry &before = std::prev(next)->second;
                if (before.edit.begin < edit.begin && edit.begin < before.edit.end)
                    return before.owner; // inside another change's replacement
            }
            edits.emplace(std::make_pair(edit.begin, edit.end), Entry {std::move(edit), owner});
            return std::nullopt;
        }
        // Every edit overlapping [begin, end): from the last one starting before it on.
        auto it = edits.lower_bound({edit.begin, edit.begin});
        if (it != edits.begin() && std::prev(it)->second.edit.end > edit.begin)
            --it;
        std::string first = owner;
        bool merged = false;
        for (;;) {
            while (it != edits.end() && it->second.edit.begin < edit.end) {
                const TextEdit &existing = it->second.edit;
                const bool overlap = edit.begin < existing.end && existing.begin < edit.end;
                if (!overlap) {
                    ++it;
                    continue;
                }
                if (!edit.replacement.empty() || !existing.replacement.empty())
                    return it->second.owner;
                // Two removals of neighbouring entries share a separator: remove both spans.
                edit.begin = std::min(edit.begin, existing.begin);
                edit.end = std::max(edit.end, existing.end);
                first = it->second.owner;
                it = edits.erase(it);
                merged = true;
            }
            // The removal of an array's first element takes the comma after it, that of another
            // element the comma before it; merged, the first and the second leave the comma that
            // followed the second ("[, x]"). Take it, up to the next element.
            const std::size_t end = merged ? separatorAfter(edit) : edit.end;
            if (end == edit.end)
                break;
            edit.end = end;
            it = edits.lower_bound({edit.begin, edit.begin});
        }
        edits.emplace(std::make_pair(edit.begin, edit.end), Entry {std::move(edit), std::move(first)});
        return std::nullopt;
    }

    // The end of the comma and the space after a removal that starts an array (or follows a
    // comma) and is followed by a comma; else the removal's own end.
    std::size_t separatorAfter(const TextEdit &edit) const
    {
        if (!m_text)
            return edit.end;
        const std::string &text = *m_text;
        const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
        std::size_t before = edit.begin;
        while (before > 0 && isSpace(text[before - 1]))
            --before;
        std::size_t after = edit.end;
        while (after < text.size() && isSpace(text[after]))
            ++after;
        if (before == 0 || (text[before - 1] != '[' && text[before - 1] != ',') || after >= text.size()
            || text[after] != ',')
            return edit.end;
        ++after;
        while (after < text.size() && isSpace(text[after]))
            ++after;
        return after;
    }

    const std::string *m_text;
    Edits m_edits;
};

bool chosen(const MigrationChange &change, const std::vector<std::string> &changeIds)
{
    return changeIds.empty() ? change.onByDefault
                             : std::find(changeIds.begin(), changeIds.end(), change.id) != changeIds.end();
}

MigrationResult combine(const MigrationPlan &plan, const std::vector<std::string> &changeIds, const std::string *text)
{
    MigrationResult result;
    EditSet set(text);
    for (const MigrationChange &change : plan.changes) {
        if (!chosen(change, changeIds))
            continue;
        const bool inside = !text || std::all_of(change.edits.begin(), change.edits.end(), [&](const TextEdit &e) {
            return e.begin <= e.end && e.end <= text->size();
        });
        if (!inside) {
            result.notApplied.push_back({change.id, NotAppliedReason::OutsideText, {}});
            continue;
        }
        if (auto other = set.add(change)) {
            result.notApplied.push_back({change.id, NotAppliedReason::ConflictsWithChange, *other});
            continue;
        }
        result.applied.push_back(change.id);
    }
    result.edits = set.edits();
    return result;
}

} // namespace

MigrationResult migrate(const PolicySource &source, const MigrationPlan &plan,
                        const std::vector<std::string> &changeIds)
{
    MigrationResult result = combine(plan, changeIds, &source.text());
    result.text = applyEdits(source.text(), result.edits);
    return result;
}

std::string applyMigration(const PolicySource &source, const MigrationPlan &plan,
                           const std::vector<std::string> &changeIds)
{
    return migrate(source, plan, changeIds).text;
}

} // namespace mfapolicy
