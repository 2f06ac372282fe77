#include "widgets/HistoryDialog.h"

#include "fleet/UsageHistory.h"
#include "ui_HistoryDialog.h"

#include <QHeaderView>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int TickMs = 60000;

QString cell(const UsageHistory::Totals &totals)
{
    if (totals.instances == 0)
        return u"—"_s;
    QString text = HistoryDialog::tr("%1 h · $%2")
                       .arg(QString::number(totals.hours, 'f', 1), QString::number(totals.cost, 'f', 2));
    if (totals.estimate)
        text.prepend(u"≈ "_s);
    if (totals.unpriced)
        text += u" *"_s;
    return text;
}
} // namespace

HistoryDialog::HistoryDialog(UsageHistory *history, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistoryDialog>())
    , m_history(history)
{
    m_ui->setupUi(this);
    m_ui->totalsTable->setColumnCount(4);
    m_ui->totalsTable->setHorizontalHeaderLabels(
        {tr("Account"), tr("Today"), tr("This week"), tr("This month")});
    m_ui->totalsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->totalsTable->verticalHeader()->hide();
    m_ui->noteLabel->setText(
        tr("≈ estimated: the start was observed by GPU Fleet or the price was entered by "
           "you. * some hours have no known price. Kept on this computer only."));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &HistoryDialog::refresh);
    if (m_history)
        connect(m_history, &UsageHistory::changed, this, &HistoryDialog::refresh);
    refresh();
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::refresh()
{
    const QList<UsageHistory::AccountTotals> rows =
        m_history ? m_history->summary() : QList<UsageHistory::AccountTotals>{};
    QTableWidget *table = m_ui->totalsTable;
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const UsageHistory::AccountTotals &totals = rows.at(row);
        const QStringList texts{totals.label, cell(totals.today), cell(totals.week), cell(totals.month)};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
    }
    if (rows.isEmpty()) {
        table->setRowCount(1);
        table->setItem(0, 0, new QTableWidgetItem(tr("No instance has run yet.")));
    }
}

void HistoryDialog::showEvent(QShowEvent *event)
{
    refresh();
    m_tick.start();
    QDialog::showEvent(event);
}

void HistoryDialog::hideEvent(QHideEvent *event)
{
    m_tick.stop();
    QDialog::hideEvent(event);
}
