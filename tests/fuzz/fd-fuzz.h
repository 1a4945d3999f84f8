/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

/* Each fuzz target defines this; libFuzzer calls it, and so does the
 * corpus replay that `make test` runs (replay.c). */
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* @data as a NUL-terminated string (it may hold NULs of its own). */
static inline char *
fd_fuzz_string (const uint8_t *data,
                size_t         size)
{
  return g_strndup ((const char *) data, size);
}
