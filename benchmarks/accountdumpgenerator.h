#pragma once

// A generated account in the shape of `aws iam get-account-authorization-details` (the AWS CLI's
// output: documents as JSON objects, some as the API's URL-encoded strings), for the account
// benchmark. Deterministic: the same shape gives the same bytes on every machine (no random
// distributions, only arithmetic on the indexes and a fixed-seed linear congruential generator).
//
// What it holds, for 10,000 users, 500 groups and 2,000 customer managed policies:
// - customer managed policies of six kinds in turn: the pre-2022 self-service MFA policy (stale:
//   devices only named like the user), the current one (any device name), a force-MFA Deny, an
//   S3 read with MFA, an EC2 read with a region Deny, and a Deny on one named user's MFA calls;
//   every third has two versions (the older one not in force), every tenth is URL-encoded;
// - 400 team groups with inline policies (stale, current or an S3 read of their own) and two
//   customer managed policies each, some with AWS managed IAMUserChangePassword; 100 role groups
//   with three customer managed policies each, some with AWS managed ReadOnlyAccess;
// - users in 1,000 membership profiles (a team and a role group each), so that users share policy
//   sets as in real accounts; every fifth user with a policy attached directly, every seventh with
//   a permissions boundary, every eleventh with an inline policy, every thirteenth on a path.
// - `editedPolicyName` is attached to role groups 0-9 only: it reaches exactly a tenth of the
//   users (1,000 of 10,000).

#include <cstdint>
#include <cstdio>
#include <string>

namespace mfapolicy::bench {

struct AccountShape {
    std::size_t users = 10000;
    std::size_t groups = 500; ///< four fifths team groups, one fifth role groups
    std::size_t policies = 2000; ///< customer managed; the last ten are permissions boundaries
};

inline constexpr const char *generatedAccount = "123456789012";
/// The customer managed policy the benchmark edits (a force-MFA Deny on role groups 0-9).
inline constexpr const char *editedPolicyName = "Policy-0002";

namespace detail {

inline std::string numbered(const char *format, std::size_t n)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, format, n);
    return buffer;
}

inline std::string userName(std::size_t u)
{
    return numbered("user%05zu", u);
}

inline std::string policyName(std::size_t p)
{
    return numbered("Policy-%04zu", p);
}

inline std::string percentEncoded(const std::string &text)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
            || c == '.' || c == '~') {
            out.push_back(char(c));
        } else {
            out.push_back('%');
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        }
    }
    return out;
}

inline std::string document(const std::string &statements)
{
    return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}";
}

inline const std::string forceMfaStatement(const char *op)
{
    return std::string("{\"Sid\":\"DenyAllExceptListedIfNoMFA\",\"Effect\":\"Deny\",\"NotAction\":["
                       "\"iam:CreateVirtualMFADevice\",\"iam:EnableMFADevice\",\"iam:GetUser\","
                       "\"iam:ListMFADevices\",\"iam:ListVirtualMFADevices\",\"iam:ResyncMFADevice\","
                       "\"sts:GetSessionToken\"],\"Resource\":\"*\",\"Condition\":{\"")
        + op + "\":{\"aws:MultiFactorAuthPresent\":\"false\"}}}";
}

/// The self-service MFA policy: `device` is "${aws:username}" before November 2022, "*" since.
inline std::string selfManageMfa(const std::string &device)
{
    return document("{\"Sid\":\"AllowListActions\",\"Effect\":\"Allow\",\"Action\":[\"iam:ListUsers\","
                    "\"iam:ListVirtualMFADevices\"],\"Resource\":\"*\"},"
                    "{\"Sid\":\"AllowUserToCreateVirtualMFADevice\",\"Effect\":\"Allow\",\"Action\":["
                    "\"iam:CreateVirtualMFADevice\"],\"Resource\":\"arn:aws:iam::*:mfa/"
                    + device
                    + "\"},"
                      "{\"Sid\":\"AllowUserToManageTheirOwnMFA\",\"Effect\":\"Allow\",\"Action\":["
                      "\"iam:EnableMFADevice\",\"iam:GetMFADevice\",\"iam:ListMFADevices\","
                      "\"iam:ResyncMFADevice\"],\"Resource\":\"arn:aws:iam::*:user/${aws:username}\"},"
                      "{\"Sid\":\"AllowUserToDeactivateTheirOwnMFAOnlyWhenUsingMFA\",\"Effect\":\"Allow\","
                      "\"Action\":[\"iam:DeactivateMFADevice\"],\"Resource\":\"arn:aws:iam::*:user/${aws:username}\","
                      "\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}},"
                    + forceMfaStatement("BoolIfExists"));
}

inline std::string s3Read(const std::string &bucket)
{
    return document("{\"Sid\":\"ReadBucket\",\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:ListBucket\"],"
                    "\"Resource\":[\"arn:aws:s3:::"
                    + bucket + "\",\"arn:aws:s3:::" + bucket
                    + "/home/${aws:username}/*\"],\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":"
                      "\"true\"}}}");
}

/// Customer managed policy `p` of `policies`: one of six kinds; boundaries at the end.
inline std::string customerDocument(std::size_t p, std::size_t policies, std::size_t users)
{
    if (p + 10 >= policies) // a boundary: IAM reads and MFA self-service, S3, EC2 reads
        return document("{\"Effect\":\"Allow\",\"Action\":[\"iam:Get*\",\"iam:List*\",\"iam:CreateVirtualMFADevice\","
                        "\"iam:EnableMFADevice\",\"iam:ResyncMFADevice\",\"s3:*\",\"ec2:Describe*\"],"
                        "\"Resource\":\"*\"}"
                        + std::string(p % 2 == 0 ? ",{\"Effect\":\"Deny\",\"Action\":\"iam:CreateVirtualMFADevice\","
                                                   "\"Resource\":\"arn:aws:iam::*:mfa/*-phone\"}"
                                                 : ""));
    const std::string n = std::to_string(p);
    switch (p % 6) {
    case 0:
        return selfManageMfa("${aws:username}");
    case 1:
        return selfManageMfa("*");
    case 2:
        return document(forceMfaStatement(p % 12 == 2 ? "BoolIfExists" : "Bool"));
    case 3:
        return s3Read("bucket-" + n);
    case 4:
        return document("{\"Effect\":\"Allow\",\"Action\":\"ec2:Describe*\",\"Resource\":\"*\"},"
                        "{\"Effect\":\"Deny\",\"Action\":\"ec2:TerminateInstances\",\"Resource\":\"*\","
                        "\"Condition\":{\"StringNotEquals\":{\"aws:RequestedRegion\":\"eu-west-"
                        + n + "\"}}}");
    default: // names one user: that user is decided apart from the others of its groups
        return document("{\"Effect\":\"Deny\",\"Action\":[\"iam:DeactivateMFADevice\",\"iam:DeleteVirtualMFADevice\"],"
                        "\"Resource\":[\"arn:aws:iam::"
                        + std::string(generatedAccount) + ":user/" + userName((p * 7) % users)
                        + "\",\"arn:aws:iam::*:mfa/" + userName((p * 7) % users) + "\"]}");
    }
}

inline std::string managedPolicy(std::size_t p, std::size_t policies, std::size_t users)
{
    const std::string name = p + 10 >= policies ? numbered("Boundary-%zu", p + 10 - policies) : policyName(p);
    const bool twoVersions = p % 3 == 0;
    const bool encoded = p % 10 == 9;
    const std::string text = customerDocument(p, policies, users);
    const std::string current = encoded ? "\"" + percentEncoded(text) + "\"" : text;
    std::string out = "{\"PolicyName\":\"" + name + "\",\"PolicyId\":\"ANPA" + numbered("%017zu", p)
        + "\",\"Arn\":\"arn:aws:iam::" + generatedAccount + ":policy/" + name
        + "\",\"Path\":\"/\",\"DefaultVersionId\":\"" + (twoVersions ? "v2" : "v1")
        + "\",\"AttachmentCount\":1,\"PermissionsBoundaryUsageCount\":0,\"IsAttachable\":true,"
          "\"CreateDate\":\"2021-03-01T10:00:00Z\",\"UpdateDate\":\"2023-01-15T10:00:00Z\",\"PolicyVersionList\":[";
    if (twoVersions)
        out += "{\"Document\":" + selfManageMfa("${aws:username}")
            + ",\"VersionId\":\"v1\",\"IsDefaultVersion\":false,\"CreateDate\":\"2021-03-01T10:00:00Z\"},";
    out += "{\"Document\":" + current + ",\"VersionId\":\"" + (twoVersions ? "v2" : "v1")
        + "\",\"IsDefaultVersion\":true,\"CreateDate\":\"2023-01-15T10:00:00Z\"}]}";
    return out;
}

inline std::string attachedPolicy(const std::string &name, const std::string &arn)
{
    return "{\"PolicyName\":\"" + name + "\",\"PolicyArn\":\"" + arn + "\"}";
}

inline std::string customerAttachment(std::size_t p, std::size_t policies)
{
    const std::string name = p + 10 >= policies ? numbered("Boundary-%zu", p + 10 - policies) : policyName(p);
    return attachedPolicy(name, std::string("arn:aws:iam::") + generatedAccount + ":policy/" + name);
}

inline std::string awsAttachment(const char *name)
{
    return attachedPolicy(name, std::string("arn:aws:iam::aws:policy/") + name);
}

} // namespace detail

/// The account dump of `shape`, about 1 KB per user.
inline std::string generateAccountDump(const AccountShape &shape = {})
{
    using namespace detail;
    const std::size_t teams = shape.groups * 4 / 5, roles = shape.groups - teams;
    const std::size_t policies = shape.policies;
    // Policies of the groups and users: team t gets two, role r three, then users one each.
    const auto teamPolicy = [&](std::size_t t, std::size_t k) { return 100 + (2 * t + k) % (policies / 2); };
    const auto rolePolicy = [&](std::size_t r, std::size_t k) {
        std::size_t p = 100 + policies / 2 + (3 * r + k) % (policies / 5);
        return p == 2 ? p + 1 : p;
    };
    const std::size_t directFirst = 100 + policies / 2 + policies / 5;
    const auto directPolicy = [&](std::size_t u) { return directFirst + (u / 5) % (policies - 10 - directFirst); };
    std::uint64_t lcg = 20221116; // fixed seed
    const auto next = [&lcg] {
        lcg = lcg * 6364136223846793005ULL + 1442695040888963407ULL;
        return std::size_t(lcg >> 33);
    };

    std::string out = "{\"UserDetailList\":[";
    for (std::size_t u = 0; u < shape.users; ++u) {
        const std::size_t profile = u % 1000;
        const std::string name = userName(u);
        const std::string path = u % 13 == 0 ? "/contractors/" : "/";
        if (u > 0)
            out += ',';
        out += "{\"Path\":\"" + path + "\",\"UserName\":\"" + name + "\",\"UserId\":\"AIDA" + numbered("%017zu", u)
            + "\",\"Arn\":\"arn:aws:iam::" + generatedAccount + ":user" + path + name + "\",\"CreateDate\":\"2022-0"
            + std::to_string(1 + next() % 9) + "-1" + std::to_string(next() % 10) + "T08:00:00Z\",\"UserPolicyList\":[";
        if (u % 11 == 0)
            out += "{\"PolicyName\":\"OwnMfa\",\"PolicyDocument\":"
                + selfManageMfa(u % 22 == 0 ? "*" : "${aws:username}") + "}";
        out += "],\"GroupList\":[\"" + numbered("team-%03zu", (profile * 3) % teams) + "\",\""
            + numbered("role-%02zu", profile % roles) + "\"],\"AttachedManagedPolicies\":[";
        if (u % 5 == 0)
            out += customerAttachment(directPolicy(u), policies);
        out += "]";
        if (u % 7 == 0)
            out += ",\"PermissionsBoundary\":{\"PermissionsBoundaryType\":\"Policy\",\"PermissionsBoundaryArn\":"
                   "\"arn:aws:iam::"
                + std::string(generatedAccount) + ":policy/Boundary-" + std::to_string(u % 10) + "\"}";
        out += ",\"Tags\":[]}";
    }
    out += "],\"GroupDetailList\":[";
    for (std::size_t g = 0; g < shape.groups; ++g) {
        const bool team = g < teams;
        const std::size_t i = team ? g : g - teams;
        const std::string name = team ? numbered("team-%03zu", i) : numbered("role-%02zu", i);
        if (g > 0)
            out += ',';
        out += "{\"Path\":\"/\",\"GroupName\":\"" + name + "\",\"GroupId\":\"AGPA" + numbered("%017zu", g)
            + "\",\"Arn\":\"arn:aws:iam::" + generatedAccount + ":group/" + name
            + "\",\"CreateDate\":\"2021-05-01T09:00:00Z\",\"GroupPolicyList\":[";
        if (team && i % 4 != 2) {
            const std::string text = i % 4 == 0 ? selfManageMfa("${aws:username}")
                : i % 4 == 1                    ? selfManageMfa("*")
                                                : s3Read(numbered("team-bucket-%03zu", i));
            out += "{\"PolicyName\":\"TeamPolicy\",\"PolicyDocument\":" + text + "}";
        }
        out += "],\"AttachedManagedPolicies\":[";
        if (team) {
            out += customerAttachment(teamPolicy(i, 0), policies) + ','
                + customerAttachment(teamPolicy(i, 1), policies);
            if (i % 5 == 0)
                out += ',' + awsAttachment("IAMUserChangePassword");
        } else {
            for (std::size_t k = 0; k < 3; ++k)
                out += (k > 0 ? "," : "") + customerAttachment(rolePolicy(i, k), policies);
            if (i < 10)
                out += ',' + customerAttachment(2, policies);
            if (i % 10 == 5)
                out += ',' + awsAttachment("ReadOnlyAccess");
        }
        out += "]}";
    }
    out += "],\"RoleDetailList\":[";
    for (std::size_t r = 0; r < 50; ++r)
        out += std::string(r > 0 ? "," : "") + "{\"Path\":\"/\",\"RoleName\":\"" + numbered("service-role-%02zu", r)
            + "\",\"Arn\":\"arn:aws:iam::" + generatedAccount + ":role/" + numbered("service-role-%02zu", r)
            + "\",\"RolePolicyList\":[],\"AttachedManagedPolicies\":[]}";
    out += "],\"Policies\":[";
    for (std::size_t p = 0; p < policies; ++p)
        out += (p > 0 ? "," : "") + managedPolicy(p, policies, shape.users);
    out += "],\"IsTruncated\":false}\n";
    return out;
}

} // namespace mfapolicy::bench
