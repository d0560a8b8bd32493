#include "simulatecommand.h"

#include "console.h"
#include "evaluator.h"
#include "policyfiles.h"
#include "requeststream.h"
#include "scenario.h"
#include "statementrefs.h"
#include "texts.h"

#include <QFileInfo>
#include <fstream>
#include <iostream>

namespace mfapolicy {

namespace {

// The account of a principal ARN (arn:partition:service:region:account:...), for AWS's message.
std::string accountOf(const std::string &arn)
{
    std::size_t start = 0;
    for (int field = 0; field < 4; ++field) {
        start = arn.find(':', start);
        if (start == std::string::npos)
            return {};
        ++start;
    }
    const std::size_t end = arn.find(':', start);
    return end == std::string::npos ? std::string() : arn.substr(start, end - start);
}

} // namespace

QString SimulateCommand::summary() const
{
    return tr("Evaluate requests: JSON lines in, JSON lines out, or one request explained");
}

int SimulateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption requests(
        QStringLiteral("requests"),
        tr("Read one JSON request per line from FILE (- for standard input) and write one JSON answer per line."),
        tr("FILE"));
    const QCommandLineOption policy(QStringLiteral("policy"), tr("A policy attached to the user (repeatable)."),
                                    tr("FILE"));
    const QCommandLineOption action(QStringLiteral("action"), tr("The action, e.g. iam:CreateVirtualMFADevice."),
                                    tr("ACTION"));
    const QCommandLineOption resource(QStringLiteral("resource"),
                                      tr("The resource ARN, or * for actions without a resource type."), tr("ARN"));
    const QCommandLineOption principal(QStringLiteral("principal"), tr("The caller's ARN."), tr("ARN"));
    const QCommandLineOption context(QStringLiteral("context"),
                                     tr("A request context key (repeatable; a key given twice has several values; "
                                        "KEY= is present and empty; a key not given is absent)."),
                                     tr("KEY=VALUE"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output of a single request: text or json."),
                                    tr("FORMAT"), QStringLiteral("text"));
    parser.addOptions({requests, policy, action, resource, principal, context, format});
    const QString examples = tr(
        "  mfa-policy simulate --requests requests.jsonl > answers.jsonl\n"
        "  mfa-policy simulate --policy force-mfa.json --action iam:CreateVirtualMFADevice \\\n"
        "      --resource arn:aws:iam::123456789012:mfa/alice-phone --context aws:username=alice \\\n"
        "      --context aws:MultiFactorAuthPresent=false\n"
        "\n"
        "A request line:\n"
        "  {\"id\": \"r1\", \"policies\": [{\"name\": \"ForceMFA\", \"policy\": {...}}], \"principal\": \"arn:...\",\n"
        "   \"action\": \"iam:GetUser\", \"resource\": \"arn:...\", \"context\": {\"aws:username\": \"alice\"}}\n"
        "Each answer line is {\"id\", \"decision\", \"allowedBy\", \"deniedBy\"}. A line that cannot be evaluated,\n"
        "blank lines included, is answered with {\"id\", \"line\", \"error\"} so that answers and requests pair up.\n"
        "Statements IAM would reject are listed in \"warnings\"; when one of them is a Deny (or its Effect cannot be\n"
        "read) and might apply, the line gets \"error\" instead of a decision that could be wrong.\n");
    if (const int exit
        = parse(parser, arguments, tr("(--requests FILE | --policy FILE... --action A --resource ARN)"), examples);
        exit >= 0)
        return exit;

    if (!parser.positionalArguments().isEmpty())
        return Console::fail(tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(requests)) {
        if (parser.isSet(policy) || parser.isSet(action) || parser.isSet(resource))
            return Console::fail(tr("--requests cannot be combined with --policy, --action or --resource"));
        std::ios::sync_with_stdio(false);
        const QString path = parser.value(requests);
        RequestStream stream;
        bool written = false;
        if (path == QLatin1String("-")) {
            written = stream.run(std::cin, stdout, Console::stdoutIsTerminal());
        } else {
            // A folder opens as a stream that reads nothing: it would answer nothing and succeed.
            if (QFileInfo(path).isDir())
                return Console::fail(tr("%1: is a folder, not a file of request lines").arg(path));
            std::ifstream in(path.toStdString(), std::ios::binary);
            if (!in)
                return Console::fail(tr("%1: cannot read").arg(path));
            written = stream.run(in, stdout, Console::stdoutIsTerminal());
        }
        if (!written)
            return Console::fail(tr("cannot write the answers"));
        return ExitSuccess;
    }
    if (!parser.isSet(policy) || !parser.isSet(action) || !parser.isSet(resource))
        return Console::fail(tr("give --requests FILE, or --policy, --action and --resource for one request"));
    const QString outputFormat = parser.value(format);
    if (outputFormat != QLatin1String("text") && outputFormat != QLatin1String("json"))
        return Console::fail(tr("unknown --format %1 (text or json)").arg(outputFormat));
    return runSingle(parser, parser.values(policy));
}

int SimulateCommand::runSingle(const QCommandLineParser &parser, const QStringList &policyPaths)
{
    std::optional<std::vector<PolicyFile>> files = PolicyFiles::readAll(policyPaths);
    if (!files)
        return ExitUsage;
    for (const PolicyFile &file : *files) {
        if (!PolicyFiles::requireValidJson(file))
            return ExitUsage;
        // A policy the parser could not read completely could be missing a Deny.
        if (const Finding *finding = incompletePolicy(file.source))
            return Console::fail(tr("%1: cannot be read completely: %2")
                                     .arg(file.path, Texts::findingTitle(finding->ruleId, finding->args)));
    }
    Request request;
    request.action = parser.value(QStringLiteral("action")).toStdString();
    request.resource = parser.value(QStringLiteral("resource")).toStdString();
    request.principal = parser.value(QStringLiteral("principal")).toStdString();
    // Keys given more than once are multi-valued; order of first appearance is kept.
    std::vector<std::pair<std::string, std::vector<std::string>>> keys;
    for (const QString &entry : parser.values(QStringLiteral("context"))) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return Console::fail(tr("--context %1: expected KEY=VALUE").arg(entry));
        const std::string key = entry.left(equals).toStdString();
        const std::string value = entry.mid(equals + 1).toStdString();
        auto it = std::find_if(keys.begin(), keys.end(), [&](const auto &k) { return k.first == key; });
        if (it == keys.end())
            keys.push_back({key, {value}});
        else
            it->second.push_back(value);
    }
    for (auto &[key, values] : keys) {
        if (values.size() == 1)
            request.context.set(key, values.front());
        else
            request.context.setMulti(key, values);
    }

    const std::vector<const Policy *> policies = PolicyFiles::policies(*files);
    const std::span<const Policy *const> span(policies);
    const Evaluation evaluation = evaluate(span, request);
    const bool json = parser.value(QStringLiteral("format")) == QLatin1String("json");
    const nlohmann::ordered_json warnings = warningsJson(span, evaluation);
    if (evaluation.indeterminate) {
        // Never print a decision that could be wrong.
        const QString error = Texts::indeterminateEvaluation(span, evaluation);
        if (json) {
            nlohmann::ordered_json out;
            out["error"] = error.toStdString();
            out["warnings"] = warnings;
            Console::outBytes(QByteArray::fromStdString(
                out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + '\n'));
            return ExitUsage;
        }
        return Console::fail(error);
    }
    const std::string account = accountOf(request.principal);
    const std::string awsMessage = evaluation.decision != Decision::Allow && !account.empty()
        ? accessDeniedMessage(request, evaluation.decision, account)
        : std::string();

    if (json) {
        nlohmann::ordered_json out;
        out["decision"] = Texts::decisionId(evaluation.decision).toStdString();
        out["allowedBy"] = statementRefsJson(evaluation.allowedBy, span);
        out["deniedBy"] = statementRefsJson(evaluation.deniedBy, span);
        nlohmann::ordered_json lines = nlohmann::ordered_json::array();
        for (const QString &line : Texts::evaluationExplanation(span, evaluation, request))
            lines.push_back(line.toStdString());
        out["explanation"] = lines;
        if (!awsMessage.empty())
            out["accessDeniedMessage"] = awsMessage;
        if (!warnings.empty())
            out["warnings"] = warnings;
        Console::outBytes(QByteArray::fromStdString(
            out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + '\n'));
        return ExitSuccess;
    }

    QString text = tr("%1 on %2").arg(QString::fromStdString(request.action), QString::fromStdString(request.resource))
        + QLatin1Char('\n');
    const QStringList lines = Texts::evaluationExplanation(span, evaluation, request);
    for (qsizetype i = 0; i < lines.size(); ++i)
        text += (i <= 0 ? QString() : QStringLiteral("  ")) + lines.at(i) + QLatin1Char('\n');
    if (!awsMessage.empty())
        text += tr("AWS answers: %1").arg(QString::fromStdString(awsMessage)) + QLatin1Char('\n');
    for (const SkippedStatement &skipped : evaluation.skipped)
        text += tr("Warning: %1").arg(Texts::skippedStatement(span, skipped)) + QLatin1Char('\n');
    Console::out(text);
    return ExitSuccess;
}

} // namespace mfapolicy
