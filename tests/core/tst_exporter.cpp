#include "exporter.h"
#include "policysize.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <string>
#include <vector>

using Json = nlohmann::ordered_json;
using namespace mfapolicy;

namespace {

Json readSample(const QString &fileName)
{
    return Json::parse(testing::readSampleText(fileName), nullptr, false);
}

std::vector<std::string> splitLines(const std::string &text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        lines.push_back(text.substr(start, end - start));
        start = end == std::string::npos ? text.size() : end + 1;
    }
    return lines;
}

int indentOf(const std::string &line)
{
    return static_cast<int>(line.find_first_not_of(' '));
}

// A reader for the block-style YAML subset a CloudFormation snippet needs (mappings, sequences,
// JSON-compatible scalars). It is deliberately independent of the exporter's writer.
class YamlReader
{
public:
    explicit YamlReader(std::vector<std::string> lines) : m_lines(std::move(lines)) { }
    Json read()
    {
        Json value = block(0);
        if (m_pos != m_lines.size())
            m_ok = false;
        return value;
    }
    bool ok() const { return m_ok; }

private:
    Json block(int indent)
    {
        if (m_pos >= m_lines.size() || indentOf(m_lines[m_pos]) != indent) {
            m_ok = false;
            return Json();
        }
        const std::string rest = m_lines[m_pos].substr(static_cast<std::size_t>(indent));
        if (rest.rfind("- ", 0) == 0)
            return sequence(indent);
        if (rest.front() == '"' && rest.find("\": ") == std::string::npos && rest.back() != ':')
            return scalar(rest);
        return mapping(indent);
    }
    Json sequence(int indent)
    {
        Json out = Json::array();
        while (m_pos < m_lines.size() && indentOf(m_lines[m_pos]) == indent
               && m_lines[m_pos].compare(static_cast<std::size_t>(indent), 2, "- ") == 0) {
            m_lines[m_pos][static_cast<std::size_t>(indent)] = ' '; // the item continues at indent + 2
            const std::string rest = m_lines[m_pos].substr(static_cast<std::size_t>(indent) + 2);
            if (rest.front() == '"' || rest.front() == '{' || rest.front() == '[') {
                if (rest.find(": ") == std::string::npos) {
                    out.push_back(scalar(rest));
                    continue;
                }
            }
            out.push_back(block(indent + 2));
        }
        return out;
    }
    Json mapping(int indent)
    {
        Json out = Json::object();
        while (m_pos < m_lines.size() && indentOf(m_lines[m_pos]) == indent) {
            const std::string rest = m_lines[m_pos].substr(static_cast<std::size_t>(indent));
            std::string key;
            std::size_t after = 0;
            if (rest.front() == '"') {
                std::size_t end = 1;
                while (end < rest.size() && rest[end] != '"')
                    end += rest[end] == '\\' ? 2 : 1;
                key = Json::parse(rest.substr(0, end + 1)).get<std::string>();
                after = end + 1;
            } else {
                after = rest.find(':');
                key = rest.substr(0, after);
            }
            if (after >= rest.size() || rest[after] != ':') {
                m_ok = false;
                return out;
            }
            const std::string value = rest.substr(after + 1);
            if (value.empty()) {
                ++m_pos;
                const int childIndent = m_pos < m_lines.size() ? indentOf(m_lines[m_pos]) : -1;
                if (childIndent <= indent) {
                    m_ok = false;
                    return out;
                }
                out[key] = block(childIndent);
            } else {
                out[key] = scalar(value.substr(1));
            }
        }
        return out;
    }
    Json scalar(const std::string &text)
    {
        ++m_pos;
        Json value = Json::parse(text, nullptr, false);
        if (value.is_discarded())
            m_ok = false;
        return value;
    }

    std::vector<std::string> m_lines;
    std::size_t m_pos = 0;
    bool m_ok = true;
};

// Reads the HCL expression subset of `jsonencode(...)` back into JSON.
class HclReader
{
public:
    explicit HclReader(std::string text) : m_text(std::move(text)) { }
    Json value()
    {
        skip();
        if (m_pos >= m_text.size()) {
            m_ok = false;
            return Json();
        }
        const char c = m_text[m_pos];
        if (c == '{')
            return object();
        if (c == '[')
            return array();
        if (c == '"')
            return string();
        const std::string word = bare();
        Json parsed = Json::parse(word, nullptr, false);
        if (parsed.is_discarded())
            m_ok = false;
        return parsed;
    }
    bool ok() const { return m_ok; }
    std::size_t position() const { return m_pos; }

private:
    void skip()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n'))
            ++m_pos;
    }
    bool expect(char c)
    {
        skip();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        m_ok = false;
        return false;
    }
    std::string bare()
    {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && std::string(" \n=,]}){[").find(m_text[m_pos]) == std::string::npos)
            ++m_pos;
        return m_text.substr(start, m_pos - start);
    }
    Json string()
    {
        std::size_t end = m_pos + 1;
        while (end < m_text.size() && m_text[end] != '"')
            end += m_text[end] == '\\' ? 2 : 1;
        std::string literal = m_text.substr(m_pos, end + 1 - m_pos);
        m_pos = end + 1;
        // Undo the template escapes before reading the rest as a JSON string literal.
        for (const char *escaped : {"$${", "%%{"}) {
            for (std::size_t at = literal.find(escaped); at != std::string::npos; at = literal.find(escaped, at + 2))
                literal.erase(at, 1);
        }
        Json parsed = Json::parse(literal, nullptr, false);
        if (parsed.is_discarded())
            m_ok = false;
        return parsed;
    }
    Json object()
    {
        Json out = Json::object();
        ++m_pos;
        for (skip(); m_ok && m_pos < m_text.size() && m_text[m_pos] != '}'; skip()) {
            const std::string key = m_text[m_pos] == '"' ? string().get<std::string>() : bare();
            if (!expect('='))
                break;
            out[key] = value();
            skip();
            if (m_pos < m_text.size() && m_text[m_pos] == ',')
                ++m_pos;
        }
        expect('}');
        return out;
    }
    Json array()
    {
        Json out = Json::array();
        ++m_pos;
        for (skip(); m_ok && m_pos < m_text.size() && m_text[m_pos] != ']'; skip()) {
            out.push_back(value());
            skip();
            if (m_pos < m_text.size() && m_text[m_pos] == ',')
                ++m_pos;
        }
        expect(']');
        return out;
    }

    std::string m_text;
    std::size_t m_pos = 0;
    bool m_ok = true;
};

// Braces and brackets outside string literals must pair up.
bool balanced(const std::string &text)
{
    std::string stack;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[' || c == '(')
            stack += c;
        else if (c == '}' || c == ']' || c == ')') {
            const char open = c == '}' ? '{' : c == ']' ? '[' : '(';
            if (stack.empty() || stack.back() != open)
                return false;
            stack.pop_back();
        }
    }
    return stack.empty() && !inString;
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private slots:
    void samples_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = testing::sampleNames();
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void samples()
    {
        QFETCH(QString, file);
        const Json policy = readSample(file);
        QVERIFY(policy.is_object());

        const std::string pretty = prettyPolicy(policy);
        QVERIFY2(Json::parse(pretty) == policy, "differs from the input policy");
        QVERIFY(pretty.ends_with("}\n"));
        QVERIFY(pretty.rfind("{\n  \"", 0) == 0); // two-space indentation

        const std::string minified = minifiedPolicy(policy);
        QVERIFY2(Json::parse(minified) == policy, "differs from the input policy");
        QVERIFY(minified.find('\n') == std::string::npos);
        QCOMPARE(policySize(minified), policySize(pretty));

        ExportOptions options;
        options.policyName = "Force MFA";
        const std::string yaml = cloudFormationYaml(policy, options);
        YamlReader reader(splitLines(yaml));
        const Json yamlValue = reader.read();
        QVERIFY2(reader.ok(), yaml.c_str());
        QCOMPARE(yamlValue["Resources"]["ForceMFA"]["Type"].get<std::string>(), std::string("AWS::IAM::ManagedPolicy"));
        QVERIFY2(yamlValue["Resources"]["ForceMFA"]["Properties"]["PolicyDocument"] == policy,
                 "differs from the input policy");
        QCOMPARE(yamlValue["Resources"]["ForceMFA"]["Properties"]["ManagedPolicyName"].get<std::string>(),
                 std::string("Force MFA"));

        const Json cfnJson = Json::parse(cloudFormationJson(policy, options));
        QVERIFY2(cfnJson["Resources"]["ForceMFA"]["Properties"]["PolicyDocument"] == policy,
                 "differs from the input policy");

        const std::string hcl = terraformPolicy(policy, options, TerraformStyle::JsonEncode);
        QVERIFY(balanced(hcl));
        QVERIFY(hcl.rfind("resource \"aws_iam_policy\" \"force_mfa\" {\n", 0) == 0);
        const std::size_t open = hcl.find("jsonencode(");
        QVERIFY(open != std::string::npos);
        HclReader hclReader(hcl.substr(open + 11));
        const Json hclValue = hclReader.value();
        QVERIFY2(hclReader.ok(), hcl.c_str());
        QVERIFY2(hclValue == policy, "differs from the input policy");
        // No IAM policy variable may be left for Terraform to interpolate.
        for (std::size_t at = hcl.find("${"); at != std::string::npos; at = hcl.find("${", at + 1))
            QCOMPARE(hcl[at - 1], '$');

        const std::string heredoc = terraformPolicy(policy, options, TerraformStyle::Heredoc);
        QVERIFY(balanced(heredoc));
        const std::size_t begin = heredoc.find("<<-EOT\n") + 7;
        const std::size_t end = heredoc.find("\n  EOT\n");
        QVERIFY(end != std::string::npos && end > begin);
        std::string body = heredoc.substr(begin, end - begin);
        for (std::size_t at = body.find("$${"); at != std::string::npos; at = body.find("$${", at + 1))
            body.erase(at, 1);
        QVERIFY2(Json::parse(body) == policy, "differs from the input policy");
    }

    void tinyCloudFormationYaml()
    {
        const Json policy = Json::parse(R"({"Version": "2012-10-17", "Statement": [
            {"Effect": "Deny", "NotAction": ["iam:ListUsers"], "Resource": "*",
             "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": false}}}]})");
        ExportOptions options;
        options.policyName = "ForceMFA";
        const std::string expected = "AWSTemplateFormatVersion: \"2010-09-09\"\n"
                                     "Resources:\n"
                                     "  ForceMFA:\n"
                                     "    Type: \"AWS::IAM::ManagedPolicy\"\n"
                                     "    Properties:\n"
                                     "      ManagedPolicyName: \"ForceMFA\"\n"
                                     "      PolicyDocument:\n"
                                     "        Version: \"2012-10-17\"\n"
                                     "        Statement:\n"
                                     "          - Effect: \"Deny\"\n"
                                     "            NotAction:\n"
                                     "              - \"iam:ListUsers\"\n"
                                     "            Resource: \"*\"\n"
                                     "            Condition:\n"
                                     "              BoolIfExists:\n"
                                     "                \"aws:MultiFactorAuthPresent\": false\n";
        QCOMPARE(cloudFormationYaml(policy, options), expected);
    }

    void tinyTerraform()
    {
        const Json policy = Json::parse(R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
            "Action": "iam:GetUser", "Resource": "arn:aws:iam::*:user/${aws:username}"}]})");
        ExportOptions options;
        options.policyName = "SelfManage";
        const std::string expected = "resource \"aws_iam_policy\" \"selfmanage\" {\n"
                                     "  name   = \"SelfManage\"\n"
                                     "  policy = jsonencode({\n"
                                     "    Version = \"2012-10-17\"\n"
                                     "    Statement = [\n"
                                     "      {\n"
                                     "        Effect = \"Allow\"\n"
                                     "        Action = \"iam:GetUser\"\n"
                                     "        Resource = \"arn:aws:iam::*:user/$${aws:username}\"\n"
                                     "      },\n"
                                     "    ]\n"
                                     "  })\n"
                                     "}\n";
        QCOMPARE(terraformPolicy(policy, options), expected);
    }

    void size_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("minified empty statement")
            << QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[]}") << 39;
        QTest::newRow("whitespace of every kind") << QStringLiteral("{ \"Sid\":\t\"a b\"\r\n}") << 12;
        QTest::newRow("latin-1 letter counts once") << QStringLiteral("\"\u00e9\"") << 3;
        QTest::newRow("Sid with a latin-1 letter") << QStringLiteral("{\"Sid\": \"Caf\u00e9\"}") << 14;
        QTest::newRow("Japanese counts per character")
            << QStringLiteral("{\"aws:username\": \"\u65e5\u672c \u8a9e\"}") << 22;
        QTest::newRow("no-break space is not whitespace to IAM") << QStringLiteral("\"a\u00a0b\"") << 5;
    }

    void size()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QCOMPARE(policySize(text.toStdString()), static_cast<std::size_t>(expected));
    }

    void command_data()
    {
        QTest::addColumn<QString>("arn");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("explicit arn")
            << QStringLiteral("arn:aws:iam::123456789012:policy/ForceMFA") << QStringLiteral("new.json")
            << QStringLiteral("aws iam create-policy-version --policy-arn arn:aws:iam::123456789012:policy/ForceMFA "
                              "--policy-document file://new.json --set-as-default\n");
        QTest::newRow("account left to the shell")
            << QString() << QString()
            << QStringLiteral("aws iam create-policy-version --policy-arn \"arn:aws:iam::${AWS_ACCOUNT_ID}:policy/"
                              "ForceMFA\" --policy-document file://ForceMFA.json --set-as-default\n");
        QTest::newRow("file name with a space is quoted")
            << QStringLiteral("arn:aws:iam::123456789012:policy/ForceMFA") << QStringLiteral("my policy.json")
            << QStringLiteral("aws iam create-policy-version --policy-arn arn:aws:iam::123456789012:policy/ForceMFA "
                              "--policy-document 'file://my policy.json' --set-as-default\n");
    }

    void command()
    {
        QFETCH(QString, arn);
        QFETCH(QString, file);
        QFETCH(QString, expected);
        ExportOptions options;
        options.policyArn = arn.toStdString();
        options.documentFile = file.toStdString();
        QCOMPARE(QString::fromStdString(createPolicyVersionCommand(options)), expected);
        QVERIFY(!createPolicyVersionReminders().empty());
    }
    void cliCommands_data()
    {
        QTest::addColumn<int>("command");
        QTest::addColumn<QString>("principal");
        QTest::addColumn<QString>("expected");
        QTest::newRow("create-policy") << int(CliCommand::CreatePolicy) << QString()
                                       << QStringLiteral("aws iam create-policy --policy-name ForceMFA "
                                                         "--policy-document file://force.json\n");
        QTest::newRow("create-policy-version")
            << int(CliCommand::CreatePolicyVersion) << QString()
            << QStringLiteral("aws iam create-policy-version --policy-arn arn:aws:iam::123456789012:policy/ForceMFA "
                              "--policy-document file://force.json --set-as-default\n");
        QTest::newRow("put-user-policy") << int(CliCommand::PutUserPolicy) << QStringLiteral("alice")
                                         << QStringLiteral("aws iam put-user-policy --user-name alice --policy-name "
                                                           "ForceMFA --policy-document file://force.json\n");
        QTest::newRow("put-user-policy, user left to the shell")
            << int(CliCommand::PutUserPolicy) << QString()
            << QStringLiteral("aws iam put-user-policy --user-name \"${IAM_USER_NAME}\" --policy-name ForceMFA "
                              "--policy-document file://force.json\n");
        QTest::newRow("put-group-policy") << int(CliCommand::PutGroupPolicy) << QStringLiteral("Developers")
                                          << QStringLiteral("aws iam put-group-policy --group-name Developers "
                                                            "--policy-name ForceMFA --policy-document "
                                                            "file://force.json\n");
        QTest::newRow("put-group-policy, group left to the shell")
            << int(CliCommand::PutGroupPolicy) << QString()
            << QStringLiteral("aws iam put-group-policy --group-name \"${IAM_GROUP_NAME}\" --policy-name ForceMFA "
                              "--policy-document file://force.json\n");
    }

    void cliCommands()
    {
        QFETCH(int, command);
        QFETCH(QString, principal);
        QFETCH(QString, expected);
        ExportOptions options;
        options.policyArn = "arn:aws:iam::123456789012:policy/ForceMFA";
        options.documentFile = "force.json";
        options.principalName = principal.toStdString();
        QCOMPARE(QString::fromStdString(awsCliCommand(CliCommand(command), options)), expected);
    }

    void cliScriptWritesTheDocumentFirst()
    {
        // The text as given (a policy variable and a quote stay as they are), without a trailing
        // newline, then the command that reads it.
        const std::string document = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                     "\"Action\":\"iam:ListMFADevices\",\"Resource\":"
                                     "\"arn:aws:iam::*:user/${aws:username}\",\"Sid\":\"It's\"}]}";
        ExportOptions options;
        options.policyName = "Force MFA";
        const QString expected = QStringLiteral("cat > 'Force MFA.json' <<'END_OF_POLICY'\n")
            + QString::fromStdString(document)
            + QStringLiteral("\nEND_OF_POLICY\naws iam create-policy --policy-name 'Force MFA' --policy-document "
                             "'file://Force MFA.json'\n");
        QCOMPARE(QString::fromStdString(awsCliScript(document, CliCommand::CreatePolicy, options)), expected);
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
