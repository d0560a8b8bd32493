#pragma once

// Principals for the tests: AWS managed policies from the bundled data, AWS's examples and the
// test policies of tests/data/principals.

#include "testdata.h"

#include "awsmanagedpolicies.h"
#include "principal.h"

namespace mfapolicy::testing {

inline QString principalData(const QString &name)
{
    return QStringLiteral(MFAPOLICY_TEST_DATA_DIR "/principals/") + name;
}

inline PrincipalPolicy fromText(const std::string &text, const std::string &name)
{
    PrincipalPolicy policy;
    policy.name = name;
    policy.source = std::make_shared<const PolicySource>(PolicySource::parse(text, name));
    return policy;
}

inline PrincipalPolicy sample(const char *name)
{
    return fromText(testing::readSampleText(QLatin1String(name)), name);
}

inline PrincipalPolicy testPolicy(const char *name)
{
    return fromText(testing::readInput(principalData(QLatin1String(name))).toStdString(), name);
}

inline PrincipalPolicy awsManaged(const char *name)
{
    const auto managed = AwsManagedPolicies::bundled().find(name);
    if (!managed)
        qFatal("no AWS managed policy %s in the bundled data", name);
    PrincipalPolicy policy = fromText(managed->documentText, managed->name);
    policy.origin = PolicyOrigin::AwsManaged;
    policy.arn = managed->arn;
    return policy;
}

inline ScpLevel scpLevel(std::vector<PrincipalPolicy> policies)
{
    ScpLevel level;
    level.policies = std::move(policies);
    return level;
}

inline PrincipalPolicy fullAwsAccess()
{
    PrincipalPolicy policy;
    policy.name = "FullAWSAccess";
    policy.origin = PolicyOrigin::AwsManaged;
    policy.source = knownServiceControlPolicy("FullAWSAccess");
    return policy;
}

inline Request request(const Principal &principal, const char *action, const std::string &resource, AuthState state)
{
    Request r;
    r.principal = principal.identity.userArn();
    r.action = action;
    r.resource = resource;
    r.context = principalContext(principal, state);
    return r;
}

/// The first user of the issue: ReadOnlyAccess and IAMUserChangePassword attached.
inline Principal readOnlyUser()
{
    Principal principal;
    principal.policies = {awsManaged("ReadOnlyAccess"), awsManaged("IAMUserChangePassword")};
    return principal;
}

} // namespace mfapolicy::testing
