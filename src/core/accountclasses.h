#pragma once

#include "accountdump.h"

#include <string>
#include <vector>

namespace mfapolicy {

/// Sorts users of a dump into classes whose members get the same answers up to their own names:
/// the same policies (the same documents under the same names) and boundary, account, path, extra
/// context and sign-in of the device name, and no policy that can tell their names apart. Each
/// class is evaluated once, for its first member; the others take its answers with their own
/// user and device ARNs.
///
/// A policy can tell names apart only through the part of a string after its last `/` (IAM user
/// names have no `/`, `:`, `*`, `?` or `$`): Resource and NotResource entries of IAM ARNs, and
/// the values compared with aws:username, aws:userid or aws:PrincipalArn. When such a part is
/// only stars it matches every name alike; when it has no wildcard it is compared whole, so each
/// user's class records whether it equals the user's name, unique ID or device name (exactly
/// and ignoring case). Anything else (a wildcard beside other characters, a variable other than
/// ${aws:username} and ${aws:userid}, a variable before the last `/`, an operator other than
/// String*, Arn* and Null on those keys, a statement the engine cannot read) leaves every user
/// of such a policy in a class of its own: evaluated one by one, never answered wrongly.
/// `users` are indexes into dump.users; users that are not complete form no class.
std::vector<std::vector<std::size_t>> userClasses(const AccountDump &dump, const std::vector<std::size_t> &users,
                                                  const std::string &deviceName = {});

} // namespace mfapolicy
