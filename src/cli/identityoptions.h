#pragma once

#include "matrix.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace mfapolicy {

/// The options that describe the simulated user, shared by `matrix`, `scenario` and `check`.
class IdentityOptions final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::IdentityOptions)

public:
    IdentityOptions();
    void addTo(QCommandLineParser &parser) const;
    /// The identity from the parsed options (defaults for those not given). Returns false and
    /// sets `error` for values IAM would not accept.
    bool read(const QCommandLineParser &parser, SimulationIdentity &identity, QString &error) const;

private:
    QCommandLineOption m_user;
    QCommandLineOption m_account;
    QCommandLineOption m_deviceName;
    QCommandLineOption m_userPath;
    QCommandLineOption m_otherUser;
};

} // namespace mfapolicy
