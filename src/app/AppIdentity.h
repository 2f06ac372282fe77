#pragma once

// The application's names (settings paths, D-Bus, desktop file) in one place.
namespace AppIdentity {
inline constexpr char AppId[] = "io.github.gpufleet.GpuFleet";
void apply(); // organisation/application names and version on the running QCoreApplication
} // namespace AppIdentity
