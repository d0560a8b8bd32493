#pragma once

#include <QByteArray>
#include <QIODevice>

namespace mfapolicy {

/// Writes all of `data`; a short write is retried, so that the error that stopped it (a full
/// disk, a file size limit) is the one the device reports, not "Unknown error". Shared by the
/// command line's and the studio's saves.
bool writeAll(QIODevice &device, const QByteArray &data);

} // namespace mfapolicy
