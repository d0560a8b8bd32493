#pragma once

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStringListModel;

namespace mfapolicy {

/// Picks an AWS managed policy from the bundled list by typing part of its name.
class AwsManagedPolicyDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AwsManagedPolicyDialog(QWidget *parent = nullptr);

    /// The chosen policy's name; empty when none is selected.
    QString selectedName() const;
    /// Narrows the list to names containing `text` (as typing in the search field does).
    void setFilterText(const QString &text);
    int visibleCount() const;

private:
    QLineEdit *m_filter;
    QListView *m_list;
    QStringListModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace mfapolicy
