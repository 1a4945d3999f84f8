/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-kpi-section.h"

#include "fd-store-kpi.h"
#include "fd-ui.h"

/*
 * The SOP's targets (section 8) for this month, on the administration
 * page: each KPI Frontdesk measures with its share, what it counted, the
 * target, and in red when below it (frontdeskctl kpi prints the same).
 */

struct _FdStaffKpiSection
{
  GtkWidget    parent_instance;

  /* template widgets */
  GtkLabel    *kpi_heading;
  GtkLabel    *kpi_hint;
  GtkBox      *kpi_box;

  FdStaffPage *page;  /* the administration page, not owned */
};

G_DEFINE_FINAL_TYPE (FdStaffKpiSection, fd_staff_kpi_section, GTK_TYPE_WIDGET)

#define tr(self, text) fd_staff_page_tr ((self)->page, text)

typedef struct {
  FdSession *session;
  gint64     from_ms;
  gint64     to_ms;
} Period;

static void
period_free (Period *period)
{
  fd_session_free (period->session);
  g_free (period);
}

static gpointer
load_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  Period *period = data;
  FdKpi *kpis = g_new0 (FdKpi, FD_KPI_N);

  if (!fd_store_kpis (store, period->session, period->from_ms, period->to_ms, kpis, error))
    g_clear_pointer (&kpis, g_free);
  return kpis;
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(FdStaffKpiSection) self = user_data;
  g_autofree FdKpi *kpis = fd_store_run_finish (FD_STORE (source), result, NULL);
  GtkWidget *child;

  if (kpis == NULL || self->page == NULL || fd_staff_page_get_session (self->page) == NULL)
    return;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->kpi_box))) != NULL)
    gtk_box_remove (self->kpi_box, child);
  for (guint i = 0; i < FD_KPI_N; i++)
    {
      g_autofree char *text = NULL;
      GtkWidget *label;

      if (kpis[i].counted == 0)
        /* Translators: %1$s KPI-1, %2$s what it measures, %3$d the target. */
        text = g_strdup_printf (tr (self, N_("%1$s %2$s: nothing to measure yet (target %3$d %%)")), kpis[i].sop,
                                tr (self, fd_kpi_name (kpis[i].id)), kpis[i].target);
      else
        /* Translators: %1$s KPI-1, %2$s what it measures, %3$d the share,
         * %4$lld met of %5$lld counted, %6$d the target. */
        text = g_strdup_printf (tr (self, N_("%1$s %2$s: %3$d %% (%4$lld of %5$lld), target %6$d %%")), kpis[i].sop,
                                tr (self, fd_kpi_name (kpis[i].id)), fd_kpi_percent (&kpis[i]),
                                (long long) kpis[i].met, (long long) kpis[i].counted, kpis[i].target);
      label = gtk_label_new (text);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      if (kpis[i].counted > 0 && !fd_kpi_is_met (&kpis[i]))
        gtk_widget_add_css_class (label, "staff-parcel-damage");
      gtk_box_append (self->kpi_box, label);
    }
}

void
fd_staff_kpi_section_reload (FdStaffKpiSection *self)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) next = NULL;
  FdStore *store;
  Period *period;

  g_return_if_fail (FD_IS_STAFF_KPI_SECTION (self));

  if (self->page == NULL || fd_staff_page_get_session (self->page) == NULL)
    return;
  store = fd_staff_page_get_store (self->page);
  utc = g_date_time_new_from_unix_utc (fd_store_now_ms (store) / 1000);
  now = g_date_time_to_local (utc);
  first = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now), 1, 0, 0, 0);
  next = g_date_time_add_months (first, 1);
  period = g_new0 (Period, 1);
  period->session = fd_session_copy (fd_staff_page_get_session (self->page));
  period->from_ms = g_date_time_to_unix (first) * 1000;
  period->to_ms = g_date_time_to_unix (next) * 1000;
  fd_store_run_async (store, load_job, period, (GDestroyNotify) period_free, g_free,
                      fd_staff_page_get_cancellable (self->page), loaded_cb, g_object_ref (self));
}

void
fd_staff_kpi_section_apply_lang (FdStaffKpiSection *self)
{
  g_return_if_fail (FD_IS_STAFF_KPI_SECTION (self));

  gtk_label_set_text (self->kpi_heading, tr (self, N_("This month against the SOP's targets")));
  gtk_label_set_text (self->kpi_hint,
                      tr (self, N_("From what the desk records. Meeting preparation (KPI-5), training and reviews (KPI-6) are not recorded here.")));
}

void
fd_staff_kpi_section_set_page (FdStaffKpiSection *self,
                               FdStaffPage       *page)
{
  g_return_if_fail (FD_IS_STAFF_KPI_SECTION (self));
  self->page = page;
}

static void
fd_staff_kpi_section_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), FD_TYPE_STAFF_KPI_SECTION);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (fd_staff_kpi_section_parent_class)->dispose (object);
}

static void
fd_staff_kpi_section_class_init (FdStaffKpiSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fd_staff_kpi_section_dispose;
  fd_ui_ensure_resources ();
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-kpi-section.ui");
  gtk_widget_class_bind_template_child (widget_class, FdStaffKpiSection, kpi_heading);
  gtk_widget_class_bind_template_child (widget_class, FdStaffKpiSection, kpi_hint);
  gtk_widget_class_bind_template_child (widget_class, FdStaffKpiSection, kpi_box);
}

static void
fd_staff_kpi_section_init (FdStaffKpiSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
