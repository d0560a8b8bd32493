#pragma once

// Reading the answers of `mfa-policy account --format json`.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

/// The entry of user `name` in the output; empty when it is not there.
inline QJsonObject userAnswers(const QByteArray &json, const QString &name)
{
    for (const QJsonValue &user : QJsonDocument::fromJson(json).object().value(QLatin1String("users")).toArray()) {
        if (user.toObject().value(QLatin1String("user")).toString() == name)
            return user.toObject();
    }
    return {};
}
