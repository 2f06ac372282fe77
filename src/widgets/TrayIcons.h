#pragma once

#include <QIcon>

// The tray icon's four looks, drawn rather than loaded so they exist wherever the widgets do: a
// GPU card with a dark outline and light body (legible on light and dark panels) and a badge for
// the fleet's state: none when nothing runs, green when running, a blue ring while something
// changes state, red with "!" when an account or instance is in error.
namespace TrayIcons {
enum class Look
{
    Idle,
    Running,
    Transitioning,
    Error
};
QIcon icon(Look look);
} // namespace TrayIcons
