#pragma once

#include <QString>

class QLabel;

// Inline messages under a form (validation reasons, refusals, provider errors): one look for
// every form, errors in the same red as the accounts dialog. Hides the label when text is empty.
namespace FormMessage {
enum class Kind
{
    Info,
    Error
};
void show(QLabel *label, const QString &text, Kind kind);
} // namespace FormMessage
