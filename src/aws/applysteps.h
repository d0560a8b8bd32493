#pragma once

// The steps shared by planning, applying and rolling back (applyplan.cpp, applyrollback.cpp):
// reading the CLI's JSON answers, building its commands, writing documents and log entries.
// Internal to the live-account layer.

#include "applylog.h"
#include "awscli.h"
#include "livepolicy.h"

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mfapolicy::applysteps {

using Json = nlohmann::ordered_json;

Json parse(const QByteArray &text);
bool equal(const Json &a, const Json &b);
QByteArray pretty(const Json &value);
AwsError makeError(AwsError::Kind kind, QStringList args);
QString fileArgument(const QString &fileName);
QStringList inlineCommand(const PolicyTarget &target, const char *verb);
bool inlineDocument(const AwsResult &run, Json *document);
bool versionDocument(const AwsResult &run, Json *document, bool *isDefault);
QStringList withFolder(QStringList command, const QString &folder);
bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
ApplyLogEntry logEntry(const AwsCli &cli, const char *action);
void setError(ApplyLogEntry &entry, const AwsError &error);

} // namespace mfapolicy::applysteps
