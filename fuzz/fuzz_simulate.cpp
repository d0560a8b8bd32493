// Request lines through `mfa-policy simulate` (RequestStream, the CLI's JSON-lines engine, with
// its policy cache): every line gets exactly one answer, a JSON object with a decision or an error.

#include "fuzzcheck.h"
#include "requeststream.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <sstream>

using namespace mfapolicy;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string input(reinterpret_cast<const char *>(data), size);
    // One stream for all lines, as in a real run: a later line may hit the cache an earlier one filled.
    RequestStream stream;
    std::istringstream in(input);
    std::string line;
    std::size_t lineNumber = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        const std::string answer = stream.answer(line, lineNumber);
        FUZZ_CHECK(answer.find('\n') == std::string::npos);
        const auto value = nlohmann::json::parse(answer, nullptr, false);
        FUZZ_CHECK(value.is_object());
        FUZZ_CHECK(value.contains("decision") != value.contains("error"));
    }

    // The whole stream through run(), as `simulate --requests FILE` does.
    std::FILE *out = std::tmpfile();
    FUZZ_CHECK(out);
    std::istringstream again(input);
    FUZZ_CHECK(RequestStream().run(again, out, false));
    std::fclose(out);
    return 0;
}
