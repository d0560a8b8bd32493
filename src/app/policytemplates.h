#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mfapolicy {

/// The AWS example policies offered by File ▸ New from template (embedded resources).
class PolicyTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::PolicyTemplates)
public:
    struct Template {
        QString id; ///< file name without extension
        QString title; ///< menu text
        QString source; ///< where AWS published it, for the tooltip
    };
    static QList<Template> all();
    static QString text(const QString &id); ///< empty when unknown
    /// Makes the embedded resources of the studio library available (static libraries need it).
    static void initResources();
};

} // namespace mfapolicy
