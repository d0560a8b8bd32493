#pragma once

// Inputs and table helpers shared by the scenario page's tests and the studio window's.

#include "principal.h"
#include "scenariostepmodel.h"
#include "testdata.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <memory>
#include <vector>

namespace mfapolicy::scenariotesting {

inline std::shared_ptr<const PolicySource> parsed(const QString &path, const QString &name)
{
    return std::make_shared<const PolicySource>(
        PolicySource::parse(testing::readInput(path).toStdString(), name.toStdString()));
}

/// One of AWS's example policies.
inline std::shared_ptr<const PolicySource> sample(const char *name)
{
    return parsed(testing::samplePath(QLatin1String(name)), QLatin1String(name));
}

inline QString dataPath(const char *path)
{
    return QDir(QStringLiteral(MFAPOLICY_TEST_DATA_DIR)).filePath(QLatin1String(path));
}

/// A test input of tests/data, named by its file name.
inline std::shared_ptr<const PolicySource> data(const char *path)
{
    const QString file = dataPath(path);
    return parsed(file, QFileInfo(file).fileName());
}

/// alice in account 123456789012 with these identity-based policies.
inline Principal principal(const std::vector<std::shared_ptr<const PolicySource>> &sources)
{
    return principalOf(sources, SimulationIdentity {});
}

inline int rowOf(const QAbstractItemModel *model, const QString &action)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ScenarioStepModel::CallColumn).data().toString() == action)
            return row;
    }
    return -1;
}

// Clicks a cell of the view as a user would: scrolled into sight, and not so soon after the last
// click that the two make a double click.
inline void clickCell(QTableView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::qWait(QApplication::doubleClickInterval() + 20);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

inline QString cellText(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// Every column of the view lies inside its viewport, with no scrolling.
inline bool allColumnsVisible(const QTableView *view)
{
    if (view->horizontalScrollBar()->maximum() > 0)
        return false;
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        if (!view->isColumnHidden(c)
            && view->columnViewportPosition(c) + view->columnWidth(c) > view->viewport()->width())
            return false;
    }
    return true;
}

} // namespace mfapolicy::scenariotesting
