#pragma once

// Reading the tests' input files. A file that cannot be read stops the test program with a
// message naming it: a missing input must fail the run, never let an assertion pass on nothing.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <string>

namespace mfapolicy::testing {

inline QString samplePath(const QString &name)
{
    return QDir(QStringLiteral(MFAPOLICY_SAMPLES_DIR)).filePath(name);
}

/// The bytes of the file; a missing, unreadable or empty file ends the test program.
inline QByteArray readInput(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the test input %s: %s", qPrintable(path), qPrintable(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        qFatal("the test input %s is empty", qPrintable(path));
    return bytes;
}

/// One of AWS's example policies in tests/data/aws-docs, as text.
inline std::string readSampleText(const QString &name)
{
    return readInput(samplePath(name)).toStdString();
}

/// The names of every AWS example policy; ends the test program when there are none.
inline QStringList sampleNames()
{
    const QStringList names
        = QDir(QStringLiteral(MFAPOLICY_SAMPLES_DIR)).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        qFatal("no AWS example policies in %s", MFAPOLICY_SAMPLES_DIR);
    return names;
}

/// Writes the bytes to the file, replacing it; false when any of it could not be written.
inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// The bytes of a file the test wrote or expects to exist; empty when it cannot be read.
inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// UTF-8 text as UTF-16 little-endian with its byte-order mark, as Windows editors save it.
inline QByteArray utf16le(const QByteArray &utf8)
{
    const QString text = QString::fromUtf8(utf8);
    QByteArray out("\xFF\xFE", 2);
    out.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return out;
}

} // namespace mfapolicy::testing
