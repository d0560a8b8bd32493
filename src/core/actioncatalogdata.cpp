// Action data from the Service Authorization Reference (SAR) pages of IAM and STS, and the
// MFA-relevant details of MFA-FACTS §2 / SEMANTICS §7.

#include "actioncatalog.h"

namespace mfapolicy::detail {

namespace {

ActionInfo info(std::string name, AccessLevel level, ResourceKind resource, bool required, bool mfaRelevant,
                std::vector<std::string> conditionKeys = {})
{
    ActionInfo a;
    a.name = std::move(name);
    a.level = level;
    a.resource = resource;
    a.resourceRequired = required;
    a.mfaRelevant = mfaRelevant;
    a.conditionKeys = std::move(conditionKeys);
    return a;
}

} // namespace

// Matrix order: device actions, the user's MFA actions, password, access keys, listing users,
// STS, then representative actions of other services.
std::vector<ActionInfo> describedActionData()
{
    using L = AccessLevel;
    using R = ResourceKind;
    const std::vector<std::string> tagKeys = {"aws:RequestTag/${TagKey}", "aws:TagKeys"};
    std::vector<ActionInfo> actions = {
        // Virtual devices: authorized against arn:aws:iam::ACCOUNT:mfa/DEVICE-NAME
        info("iam:CreateVirtualMFADevice", L::Write, R::Mfa, true, true, tagKeys),
        info("iam:DeleteVirtualMFADevice", L::Write, R::Mfa, false, true),
        info("iam:ListVirtualMFADevices", L::List, R::None, false, true),
        info("iam:TagMFADevice", L::Tagging, R::Mfa, true, true, tagKeys),
        info("iam:UntagMFADevice", L::Tagging, R::Mfa, true, true, {"aws:TagKeys"}),
        info("iam:ListMFADeviceTags", L::List, R::Mfa, true, true),
        // The user's MFA: authorized against the user, not the device
        info("iam:EnableMFADevice", L::Write, R::User, true, true,
             {"iam:FIDO-FIPS-140-2-certification", "iam:FIDO-FIPS-140-3-certification", "iam:FIDO-certification",
              "iam:RegisterSecurityKey"}),
        info("iam:ResyncMFADevice", L::Write, R::User, true, true),
        info("iam:DeactivateMFADevice", L::Write, R::User, true, true),
        info("iam:ListMFADevices", L::List, R::User, false, true),
        info("iam:GetMFADevice", L::Read, R::User, true, true),
        info("iam:GetUser", L::Read, R::User, true, true),
        // Password
        info("iam:ChangePassword", L::Write, R::User, true, true),
        info("iam:GetAccountPasswordPolicy", L::Read, R::None, false, true),
        info("iam:GetLoginProfile", L::List, R::User, true, true),
        info("iam:CreateLoginProfile", L::Write, R::User, true, true),
        info("iam:UpdateLoginProfile", L::Write, R::User, true, true),
        info("iam:DeleteLoginProfile", L::Write, R::User, true, true),
        // Access keys
        info("iam:CreateAccessKey", L::Write, R::User, true, true),
        info("iam:UpdateAccessKey", L::Write, R::User, true, true),
        info("iam:DeleteAccessKey", L::Write, R::User, true, true),
        info("iam:ListAccessKeys", L::List, R::User, true, true),
        info("iam:GetAccessKeyLastUsed", L::Read, R::User, true, true),
        // Listing users and the account
        info("iam:ListUsers", L::List, R::None, false, true),
        info("iam:GetAccountSummary", L::List, R::None, false, true),
        // STS
        info("sts:GetSessionToken", L::Read, R::None, false, true),
        info("sts:GetCallerIdentity", L::Read, R::None, false, false),
        // Other services
        info("s3:ListAllMyBuckets", L::List, R::None, false, false),
        info("ec2:DescribeInstances", L::List, R::None, false, false),
    };
    for (ActionInfo &a : actions) {
        if (a.name == "sts:GetSessionToken" || a.name == "sts:GetCallerIdentity")
            a.policyControlled = false;
    }
    return actions;
}

// Every action of the SAR page "Actions, resources, and condition keys for AWS Identity and Access
// Management (IAM)", including the permission-only ones (PassRole, delegation requests, ...).
std::vector<std::string> iamActionData()
{
    return {
        "AcceptDelegationRequest",
        "AddClientIDToOpenIDConnectProvider",
        "AddRoleToInstanceProfile",
        "AddUserToGroup",
        "AssociateDelegationRequest",
        "AttachGroupPolicy",
        "AttachRolePolicy",
        "AttachUserPolicy",
        "ChangePassword",
        "CreateAccessKey",
        "CreateAccountAlias",
        "CreateDelegationRequest",
        "CreateGroup",
        "CreateInstanceProfile",
        "CreateLoginProfile",
        "CreateOpenIDConnectProvider",
        "CreatePolicy",
        "CreatePolicyVersion",
        "CreateRole",
        "CreateSAMLProvider",
        "CreateServiceLinkedRole",
        "CreateServiceSpecificCredential",
        "CreateUser",
        "CreateVirtualMFADevice",
        "DeactivateMFADevice",
        "DeleteAccessKey",
        "DeleteAccountAlias",
        "DeleteAccountPasswordPolicy",
        "DeleteCloudFrontPublicKey",
        "DeleteGroup",
        "DeleteGroupPolicy",
        "DeleteInstanceProfile",
        "DeleteLoginProfile",
        "DeleteOpenIDConnectProvider",
        "DeletePolicy",
        "DeletePolicyVersion",
        "DeleteRole",
        "DeleteRolePermissionsBoundary",
        "DeleteRolePolicy",
        "DeleteSAMLProvider",
        "DeleteSSHPublicKey",
        "DeleteServerCertificate",
        "DeleteServiceLinkedRole",
        "DeleteServiceSpecificCredential",
        "DeleteSigningCertificate",
        "DeleteUser",
        "DeleteUserPermissionsBoundary",
        "DeleteUserPolicy",
        "DeleteVirtualMFADevice",
        "DetachGroupPolicy",
        "DetachRolePolicy",
        "DetachUserPolicy",
        "DisableOrganizationsRootCredentialsManagement",
        "DisableOrganizationsRootSessions",
        "DisableOutboundWebIdentityFederation",
        "EnableMFADevice",
        "EnableOrganizationsRootCredentialsManagement",
        "EnableOrganizationsRootSessions",
        "EnableOutboundWebIdentityFederation",
        "GenerateCredentialReport",
        "GenerateOrganizationsAccessReport",
        "GenerateServiceLastAccessedDetails",
        "GetAccessKeyLastUsed",
        "GetAccountAuthorizationDetails",
        "GetAccountEmailAddress",
        "GetAccountName",
        "GetAccountPasswordPolicy",
        "GetAccountProperties",
        "GetAccountSummary",
        "GetCloudFrontPublicKey",
        "GetContextKeysForCustomPolicy",
        "GetContextKeysForPrincipalPolicy",
        "GetCredentialReport",
        "GetDelegationRequest",
        "GetGroup",
        "GetGroupPolicy",
        "GetHumanReadableSummary",
        "GetInstanceProfile",
        "GetLoginProfile",
        "GetMFADevice",
        "GetOpenIDConnectProvider",
        "GetOrganizationsAccessReport",
        "GetOutboundWebIdentityFederationInfo",
        "GetPolicy",
        "GetPolicyVersion",
        "GetRole",
        "GetRolePolicy",
        "GetRoleTemplateVersion",
        "GetSAMLProvider",
        "GetSSHPublicKey",
        "GetServerCertificate",
        "GetServiceLastAccessedDetails",
        "GetServiceLastAccessedDetailsWithEntities",
        "GetServiceLinkedRoleDeletionStatus",
        "GetUser",
        "GetUserPolicy",
        "ListAccessKeys",
        "ListAccountAliases",
        "ListAttachedGroupPolicies",
        "ListAttachedRolePolicies",
        "ListAttachedUserPolicies",
        "ListCloudFrontPublicKeys",
        "ListDelegationRequests",
        "ListEntitiesForPolicy",
        "ListGroupPolicies",
        "ListGroups",
        "ListGroupsForUser",
        "ListInstanceProfileTags",
        "ListInstanceProfiles",
        "ListInstanceProfilesForRole",
        "ListMFADeviceTags",
        "ListMFADevices",
        "ListOpenIDConnectProviderTags",
        "ListOpenIDConnectProviders",
        "ListOrganizationsFeatures",
        "ListPolicies",
        "ListPoliciesGrantingServiceAccess",
        "ListPolicyTags",
        "ListPolicyVersions",
        "ListRolePolicies",
        "ListRoleTags",
        "ListRoles",
        "ListSAMLProviderTags",
        "ListSAMLProviders",
        "ListSSHPublicKeys",
        "ListSTSRegionalEndpointsStatus",
        "ListServerCertificateTags",
        "ListServerCertificates",
        "ListServiceSpecificCredentials",
        "ListSigningCertificates",
        "ListUserPolicies",
        "ListUserTags",
        "ListUsers",
        "ListVirtualMFADevices",
        "PassRole",
        "PutAccountProperties",
        "PutGroupPolicy",
        "PutRolePermissionsBoundary",
        "PutRolePolicy",
        "PutUserPermissionsBoundary",
        "PutUserPolicy",
        "RejectDelegationRequest",
        "RemoveClientIDFromOpenIDConnectProvider",
        "RemoveRoleFromInstanceProfile",
        "RemoveUserFromGroup",
        "ResetServiceSpecificCredential",
        "ResyncMFADevice",
        "SendDelegationToken",
        "SetDefaultPolicyVersion",
        "SetSTSRegionalEndpointStatus",
        "SetSecurityTokenServicePreferences",
        "SimulateCustomPolicy",
        "SimulatePrincipalPolicy",
        "TagInstanceProfile",
        "TagMFADevice",
        "TagOpenIDConnectProvider",
        "TagPolicy",
        "TagRole",
        "TagSAMLProvider",
        "TagServerCertificate",
        "TagUser",
        "UntagInstanceProfile",
        "UntagMFADevice",
        "UntagOpenIDConnectProvider",
        "UntagPolicy",
        "UntagRole",
        "UntagSAMLProvider",
        "UntagServerCertificate",
        "UntagUser",
        "UpdateAccessKey",
        "UpdateAccountEmailAddress",
        "UpdateAccountName",
        "UpdateAccountPasswordPolicy",
        "UpdateAssumeRolePolicy",
        "UpdateCloudFrontPublicKey",
        "UpdateGroup",
        "UpdateLoginProfile",
        "UpdateOpenIDConnectProviderThumbprint",
        "UpdateRole",
        "UpdateRoleDescription",
        "UpdateSAMLProvider",
        "UpdateSSHPublicKey",
        "UpdateServerCertificate",
        "UpdateServiceSpecificCredential",
        "UpdateSigningCertificate",
        "UpdateUser",
        "UploadCloudFrontPublicKey",
        "UploadSSHPublicKey",
        "UploadServerCertificate",
        "UploadSigningCertificate",
    };
}

// SAR page "Actions, resources, and condition keys for AWS Security Token Service".
std::vector<std::string> stsActionData()
{
    return {
        "AssumeRole",
        "AssumeRoleWithSAML",
        "AssumeRoleWithWebIdentity",
        "AssumeRoot",
        "DecodeAuthorizationMessage",
        "GetAccessKeyInfo",
        "GetCallerIdentity",
        "GetDelegatedAccessToken",
        "GetFederationToken",
        "GetServiceBearerToken",
        "GetSessionToken",
        "GetWebIdentityToken",
        "SetContext",
        "SetSourceIdentity",
        "TagGetWebIdentityToken",
        "TagSession",
    };
}

} // namespace mfapolicy::detail
