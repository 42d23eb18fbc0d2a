// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled translations are linked in as resources under :/i18n.
namespace Lectern {
int translationsAnchor = 0;
} // namespace Lectern
