#pragma once

#include "matrix.h"
#include "policysource.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Helpers shared by the checker and the migration: string comparison and text edits that
// follow the document's own layout. Internal to the core.
namespace mfapolicy {

bool iequals(std::string_view a, std::string_view b);
std::string toLower(std::string_view text);
/// JSON string literal of `text` (quotes included).
std::string jsonQuote(std::string_view text);
/// "/Statement/0/Action/1" -> "/Statement/0/Action".
std::string parentPointer(const std::string &pointer);

/// How a document is laid out, so inserted text looks like the user's own.
struct DocumentStyle {
    std::string newline = "\n";
    std::string indentUnit = "    ";
    bool multiline = true; ///< statements span several lines
    bool arraysOnePerLine = true; ///< arrays with several values put one value per line
    std::string colon = ": "; ///< between a key and its value
    std::string comma = ", "; ///< between values on one line
};
DocumentStyle detectStyle(const PolicySource &source);

/// The whitespace at the start of the line that holds `offset`.
std::string lineIndent(const std::string &text, std::size_t offset);

/// Number of elements of the array at `pointer` (0 when it is not an array in the text).
std::size_t arraySize(const PolicySource &source, const std::string &pointer);
bool isArray(const PolicySource &source, const std::string &pointer);

/// Removes element `index` of the array at `pointer` with its separator. Nothing when the array
/// has a single element (the caller removes the owner instead).
std::optional<TextEdit> removeArrayElement(const PolicySource &source, const std::string &pointer, std::size_t index);
/// Removes several elements of one array (not all of them) with edits that do not overlap.
std::vector<TextEdit> removeArrayElements(const PolicySource &source, const std::string &pointer,
                                          std::vector<std::size_t> indices);
/// Inserts `valueText` (already JSON) after element `after` of the array at `pointer`, with
/// the same separator the array uses before that element.
std::optional<TextEdit> insertArrayElement(const PolicySource &source, const std::string &pointer, std::size_t after,
                                           const std::string &valueText, const DocumentStyle &style);
/// Replaces the single value at `pointer` by an array of `values` (already JSON) laid out in
/// the document's array style; the original value text is kept as the first element.
std::optional<TextEdit> wrapInArray(const PolicySource &source, const std::string &pointer,
                                    const std::vector<std::string> &moreValues, const DocumentStyle &style);
/// Replaces the content of the JSON string at `pointer` (between its quotes).
std::optional<TextEdit> replaceString(const PolicySource &source, const std::string &pointer,
                                      const std::string &newValue);
/// Replaces the member name at `pointer` (between its quotes).
std::optional<TextEdit> replaceKey(const PolicySource &source, const std::string &pointer, const std::string &newKey);

/// Range of [offset, offset + length) of a string value's content, when the raw text between the
/// quotes equals the value (no escapes); else the whole value's range.
std::optional<SourceRange> stringPartRange(const PolicySource &source, const std::string &pointer, std::size_t offset,
                                           std::size_t length);

/// A request of the simulated user in one signing state.
Request makeRequest(const SimulationIdentity &identity, AuthState state, std::string action, std::string resource);
/// Whether `statement` of `policy`, evaluated on its own, applies to the request (action,
/// resource and every condition match). Used to tell which statement does what.
bool statementApplies(const Policy &policy, const Statement &statement, const Request &request);

} // namespace mfapolicy
