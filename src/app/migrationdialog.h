#pragma once

#include "sourcerange.h"

#include <QDialog>

#include <memory>
#include <string>
#include <vector>

namespace Ui {
class MigrationDialog;
}

namespace mfapolicy {

struct MigrationPlan;
struct PolicyAnalysis;

/// Shows the migration plan of a policy before it is applied: the changes to pick, why each is
/// proposed, the text diff and the matrix cells whose decision changes.
class MigrationDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit MigrationDialog(std::shared_ptr<const PolicyAnalysis> analysis, QWidget *parent = nullptr);
    ~MigrationDialog() override;

    std::vector<std::string> selectedChangeIds() const;
    /// The migrated text for the selected changes.
    const std::string &migratedText() const { return m_migrated; }
    /// One edit (the changed middle of the text) that turns the original into the migrated text.
    std::vector<TextEdit> edits() const;
    int cellChangeCount() const;

public Q_SLOTS:
    /// The diff in the matrix's high-contrast colours (presentation mode).
    void setHighContrast(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showTexts();
    void updatePreview();
    void showRationale();
    void showDiff();

    std::unique_ptr<Ui::MigrationDialog> m_ui;
    std::shared_ptr<const PolicyAnalysis> m_analysis;
    std::unique_ptr<MigrationPlan> m_plan;
    std::string m_migrated;
    bool m_highContrast = false;
};

} // namespace mfapolicy
