#pragma once

#include <QAbstractItemModel>

namespace mfapolicy {

/// After a language switch, tells the views of `model` that every header and cell text changed,
/// so they ask again (models produce their texts with tr() when asked).
inline void refreshModelTexts(QAbstractItemModel *model)
{
    const int columns = model->columnCount();
    if (columns > 0)
        Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (model->rowCount() > 0 && columns > 0)
        Q_EMIT model->dataChanged(model->index(0, 0), model->index(model->rowCount() - 1, columns - 1));
}

} // namespace mfapolicy
