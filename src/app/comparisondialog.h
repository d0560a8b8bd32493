#pragma once

#include "matrix.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ComparisonDialog;
}

namespace mfapolicy {

class ComparisonWidget;

/// Tools ▸ Compare: the current document against another open document or an AWS template
/// (the document is "after"), or against its own migrated form (the document is "before").
class ComparisonDialog final : public QDialog
{
    Q_OBJECT

public:
    /// A policy the document can be compared with.
    struct Candidate {
        QString label; ///< as listed
        QString name; ///< as in the diff header
        QString text;
        bool isAfter = false; ///< the document's migrated form: the document is "before"
    };

    explicit ComparisonDialog(QWidget *parent = nullptr);
    ~ComparisonDialog() override;

    /// The document and what it can be compared with; the first candidate is shown.
    void setDocument(const QString &name, const QString &text, const SimulationIdentity &identity,
                     const QList<Candidate> &candidates);
    void setCurrentCandidate(int index);
    ComparisonWidget *comparison() const;

Q_SIGNALS:
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void compare();

    std::unique_ptr<Ui::ComparisonDialog> m_ui;
    QPushButton *m_exportButton = nullptr;
    QString m_name;
    QString m_text;
    QList<Candidate> m_candidates;
};

} // namespace mfapolicy
