// SPDX-License-Identifier: GPL-3.0-or-later
// The resources are compiled in by qt_add_resources; this file gives the library a body.
namespace Lectern {
int resourcesAnchor = 0;
} // namespace Lectern
