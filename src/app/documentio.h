#pragma once

#include <QCoreApplication>
#include <QString>

namespace mfapolicy {

/// What a file on disk looked like, so that saving writes it back the same way.
struct FileFormat {
    bool crlf = false; ///< lines ended with CR LF
    bool bom = false; ///< started with a UTF-8 byte order mark
};

struct LoadResult {
    enum class Status { Ok, Missing, Unreadable, TooLarge, Binary, NotUtf8 };
    Status status = Status::Ok;
    QString text; ///< with LF line ends
    FileFormat format;
    QString message; ///< for the user when status is not Ok
};

/// Reading and writing policy files with the checks a user needs: never hangs on a huge or
/// binary file, never leaves a half-written file behind.
class DocumentIo final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::DocumentIo)
public:
    /// Files above this size are refused: the largest IAM policy quota is 10,240 characters.
    static constexpr qint64 maxFileSize = 10 * 1024 * 1024;

    static LoadResult load(const QString &path);
    /// Atomic: the old file stays intact until the new content is complete. Empty on success,
    /// else the reason.
    static QString save(const QString &path, const QString &text, const FileFormat &format);
    static QByteArray encode(const QString &text, const FileFormat &format);
};

} // namespace mfapolicy
