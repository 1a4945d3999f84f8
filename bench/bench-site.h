/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BENCH_PROBE_NAME  "欧阳明月"      /* 20 visits on every site, one today */
#define BENCH_PROBE_PHONE "13999990001"  /* one visit on every site */
#define BENCH_PROBE_TODAY "司马今朝"      /* one visit, today, on every site */

/* "Now" on every site: a Monday, 16:00 in Shanghai. */
#define BENCH_NOW_MS G_GINT64_CONSTANT (1796371200000)

char  *bench_site_prepare (const char *dir,
                           const char *argv0,
                           gint64      n) G_GNUC_WARN_UNUSED_RESULT;
double bench_median       (GArray     *values);

G_END_DECLS
