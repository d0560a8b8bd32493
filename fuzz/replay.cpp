// A main() for the fuzz targets without libFuzzer: runs each input file given (or every file of a
// folder) once and prints the slowest ones with their time, for the figures of scripts/fuzz and
// for finding the slowest policy. libFuzzer itself reports slow inputs only in whole seconds.

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

int main(int argc, char **argv)
{
    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path path(argv[i]);
        if (std::filesystem::is_directory(path)) {
            for (const auto &entry : std::filesystem::directory_iterator(path))
                if (entry.is_regular_file())
                    files.push_back(entry.path());
        } else {
            files.push_back(path);
        }
    }
    struct Timing {
        double seconds;
        std::size_t size;
        std::filesystem::path path;
    };
    std::vector<Timing> timings;
    for (const auto &path : files) {
        std::ifstream in(path, std::ios::binary);
        const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const auto start = std::chrono::steady_clock::now();
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(data.data()), data.size());
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        timings.push_back({took.count(), data.size(), path});
    }
    std::sort(timings.begin(), timings.end(), [](const Timing &a, const Timing &b) { return a.seconds > b.seconds; });
    std::printf("replayed %zu inputs\n", timings.size());
    for (std::size_t i = 0; i < std::min<std::size_t>(timings.size(), 3); ++i)
        std::printf("slowest: %.1f ms, %zu bytes, %s\n", timings[i].seconds * 1000.0, timings[i].size,
                    timings[i].path.string().c_str());
    return 0;
}
