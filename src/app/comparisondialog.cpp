#include "comparisondialog.h"
#include "ui_comparisondialog.h"

#include "comparisonwidget.h"
#include "screenfit.h"

#include <QPushButton>

namespace mfapolicy {

ComparisonDialog::ComparisonDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::ComparisonDialog>())
{
    m_ui->setupUi(this);
    resizeWithinScreen(this, size());
    m_exportButton = m_ui->buttonBox->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &ComparisonDialog::exportRequested);
    connect(m_ui->compareWithCombo, &QComboBox::currentIndexChanged, this, &ComparisonDialog::compare);
}

ComparisonDialog::~ComparisonDialog() = default;

ComparisonWidget *ComparisonDialog::comparison() const
{
    return m_ui->comparisonWidget;
}

void ComparisonDialog::setDocument(const QString &name, const QString &text, const SimulationIdentity &identity,
                                   const QList<Candidate> &candidates)
{
    m_name = name;
    m_text = text;
    m_candidates = candidates;
    m_ui->comparisonWidget->setIdentity(identity);
    const QSignalBlocker blocker(m_ui->compareWithCombo);
    m_ui->compareWithCombo->clear();
    for (const Candidate &candidate : candidates)
        m_ui->compareWithCombo->addItem(candidate.label);
    m_ui->compareWithCombo->setCurrentIndex(candidates.isEmpty() ? -1 : 0);
    compare();
}

void ComparisonDialog::setCurrentCandidate(int index)
{
    m_ui->compareWithCombo->setCurrentIndex(index);
}

void ComparisonDialog::compare()
{
    const int index = m_ui->compareWithCombo->currentIndex();
    m_exportButton->setEnabled(index >= 0);
    if (index < 0 || index >= m_candidates.size())
        return;
    const Candidate &other = m_candidates.at(index);
    if (other.isAfter)
        m_ui->comparisonWidget->setPolicies(m_name, m_text, other.name, other.text);
    else
        m_ui->comparisonWidget->setPolicies(other.name, other.text, m_name, m_text);
}

void ComparisonDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_exportButton->setText(tr("&Export…"));
    }
}

} // namespace mfapolicy
