#include "documentio.h"

#include "writeall.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPair>
#include <QSaveFile>

namespace mfapolicy {

namespace {

/// Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = data[i];
        int length = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            length = 2, cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3, cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4, cp = c & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (data[i + k] & 0x3F);
        }
        const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
        if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return i;
        i += length;
    }
    return -1;
}

/// Line and column (1-based, in bytes) of an offset, for messages.
QPair<int, int> lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    const QByteArray before = bytes.left(offset);
    const qsizetype lastNewline = before.lastIndexOf('\n');
    return {int(before.count('\n')) + 1, int(offset - lastNewline)};
}

} // namespace

LoadResult DocumentIo::load(const QString &path)
{
    LoadResult result;
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        result.status = LoadResult::Status::Missing;
        result.message = tr("The file %1 does not exist.").arg(name);
        return result;
    }
    // Opening a pipe would wait for a writer, and a folder or a device is never a policy.
    if (info.isDir()) {
        result.status = LoadResult::Status::Unreadable;
        result.message = tr("%1 is a folder, not a policy file.").arg(name);
        return result;
    }
    if (!info.isFile()) {
        result.status = LoadResult::Status::Unreadable;
        result.message = tr("%1 is not a regular file (a pipe, socket or device). Open a policy file.").arg(name);
        return result;
    }
    // Checked before reading so a 50 MB file is refused without being loaded.
    if (info.size() > maxFileSize) {
        result.status = LoadResult::Status::TooLarge;
        result.message
            = tr("The file %1 is %2, larger than the %3 the editor opens. IAM policies are at most "
                 "10,240 characters.")
                  .arg(name, QLocale().formattedDataSize(info.size()), QLocale().formattedDataSize(maxFileSize));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = LoadResult::Status::Unreadable;
        result.message = tr("The file %1 cannot be read: %2").arg(name, file.errorString());
        return result;
    }
    QByteArray bytes = file.read(maxFileSize + 1);
    if (bytes.size() > maxFileSize) {
        result.status = LoadResult::Status::TooLarge;
        result.message = tr("The file %1 is larger than %2.").arg(name, QLocale().formattedDataSize(maxFileSize));
        return result;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        result.status = LoadResult::Status::NotUtf8;
        result.message
            = tr("The file %1 is UTF-16 text. Policies are UTF-8 JSON: save it as UTF-8 and open it again.").arg(name);
        return result;
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        result.status = LoadResult::Status::Binary;
        result.message = tr("The file %1 is not a text file (it contains NUL bytes, the first at byte %2). A policy "
                            "is JSON text.")
                             .arg(name)
                             .arg(nul);
        return result;
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result.format.bom = true;
        bytes.remove(0, 3);
    }
    if (const qsizetype invalid = firstInvalidUtf8(bytes); invalid >= 0) {
        const auto [line, column] = lineAndColumn(bytes, invalid);
        result.status = LoadResult::Status::NotUtf8;
        result.message = tr("The file %1 is not UTF-8 text: line %2, column %3 has the byte 0x%4. Policies are UTF-8 "
                            "JSON.")
                             .arg(name)
                             .arg(line)
                             .arg(column)
                             .arg(QString::number(static_cast<unsigned char>(bytes.at(invalid)), 16).toUpper());
        return result;
    }
    QString text = QString::fromUtf8(bytes);
    if (text.contains(QLatin1String("\r\n"))) {
        result.format.crlf = true;
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    }
    result.text = std::move(text);
    return result;
}

QByteArray DocumentIo::encode(const QString &text, const FileFormat &format)
{
    QString out = text;
    if (format.crlf)
        out.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    QByteArray bytes = out.toUtf8();
    if (format.bom)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

QString DocumentIo::save(const QString &path, const QString &text, const FileFormat &format)
{
    QSaveFile file(path);
    // Unbuffered: a full disk then fails the write itself. Buffered, the error came only when
    // commit() flushed, and commit() renamed the cut-off file over the old one regardless.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return file.errorString();
    const QByteArray bytes = encode(text, format);
    if (!writeAll(file, bytes)) {
        const QString error = file.errorString();
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace mfapolicy
