#include "awsmanagedpolicydialog.h"

#include "awsmanagedpolicies.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QVBoxLayout>

namespace mfapolicy {

AwsManagedPolicyDialog::AwsManagedPolicyDialog(QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_model(new QStringListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("awsManagedPolicyDialog"));
    setWindowTitle(tr("Add an AWS Managed Policy"));
    const AwsManagedPolicies &bundled = AwsManagedPolicies::bundled();
    QStringList names;
    for (std::string_view name : bundled.names())
        names.append(QString::fromUtf8(name.data(), qsizetype(name.size())));
    m_model->setStringList(names);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setObjectName(QStringLiteral("policyList"));
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Search %n policies", nullptr, int(names.size())));
    m_filter->setClearButtonEnabled(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add"));
    ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &AwsManagedPolicyDialog::setFilterText);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [ok](const QModelIndex &current) { ok->setEnabled(current.isValid()); });
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);

    auto *source = new QLabel(this);
    source->setWordWrap(true);
    source->setText(bundled.error().empty()
                        ? tr("From the bundled AWS managed policy data (%1, policies published until %2).")
                              .arg(QString::fromStdString(bundled.info().source),
                                   QString::fromStdString(bundled.info().newestPolicyDate))
                        : tr("The bundled AWS managed policy data cannot be read: %1")
                              .arg(QString::fromStdString(bundled.error())));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(source);
    layout->addWidget(buttons);
    resize(460, 520);
}

void AwsManagedPolicyDialog::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
    // The best match first: an exact name, else the first that contains the text.
    QModelIndex pick = m_proxy->index(0, 0);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data().toString().compare(text, Qt::CaseInsensitive) == 0)
            pick = m_proxy->index(row, 0);
    }
    m_list->setCurrentIndex(pick);
}

int AwsManagedPolicyDialog::visibleCount() const
{
    return m_proxy->rowCount();
}

QString AwsManagedPolicyDialog::selectedName() const
{
    return m_list->currentIndex().data().toString();
}

} // namespace mfapolicy
