/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BENCH_PROBE_NAME  "欧阳明月"      /* 20 visits on every site, one today */
#define BENCH_PROBE_PHONE "13999990001"  /* one visit on every site */
#define BENCH_PROBE_TODAY "司马今朝"      /* one visit, today, on every site */

gint64 bench_site_build (const char *path,
                         gint64      n,
                         gint64      now_ms);
double bench_median     (GArray     *values);

G_END_DECLS
