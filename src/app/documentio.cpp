#include "documentio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStringDecoder>

namespace mfapolicy {

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
    if (bytes.contains('\0')) {
        result.status = LoadResult::Status::Binary;
        result.message = tr("The file %1 is not a text file (it contains NUL bytes). A policy is JSON text.").arg(name);
        return result;
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result.format.bom = true;
        bytes.remove(0, 3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        result.status = LoadResult::Status::NotUtf8;
        result.message = tr("The file %1 is not UTF-8 text. Policies are UTF-8 JSON.").arg(name);
        return result;
    }
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
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    const QByteArray bytes = encode(text, format);
    if (file.write(bytes) != bytes.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace mfapolicy
