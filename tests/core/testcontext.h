#pragma once

#include "evaluator.h"

#include <QString>
#include <QStringList>

namespace mfapolicy {

/// A request context written the way test rows read best: "key=value" sets a single value,
/// "key[]=a|b" a multivalued key and "key[]=" an empty set of values.
inline RequestContext contextFrom(const QStringList &entries)
{
    RequestContext context;
    for (const QString &entry : entries) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        QString key = entry.left(eq);
        const QString value = entry.mid(eq + 1);
        if (key.endsWith(QLatin1String("[]"))) {
            key.chop(2);
            std::vector<std::string> values;
            if (!value.isEmpty()) {
                for (const QString &v : value.split(QLatin1Char('|')))
                    values.push_back(v.toStdString());
            }
            context.setMulti(key.toStdString(), values);
        } else {
            context.set(key.toStdString(), value.toStdString());
        }
    }
    return context;
}

} // namespace mfapolicy
