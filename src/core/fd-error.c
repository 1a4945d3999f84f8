/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-error.h"

G_DEFINE_QUARK (fd-error-quark, fd_error)
