#pragma once

#include "core/Instance.h"

// A 64-bit digest of every field of an Instance, the password included (it never leaves memory).
// InstanceTableModel keeps one per row: a merge then reads only the new instance, not the old
// one too, to see that a row is unchanged. Not a cryptographic hash; equal digests are trusted.
namespace InstanceDigest {
// Sets *exact to false when extras hold a type it cannot read: then only a comparison can tell.
[[nodiscard]] quint64 compute(const Instance &instance, bool *exact);
} // namespace InstanceDigest
