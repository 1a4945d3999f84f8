/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-evacuation.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "fd-error.h"
#include "fd-print.h"

/*
 * The evacuation list: everyone on site now, on A4 paper from the office
 * printer, for the roll call at the assembly point; each site (lobby) on
 * pages of its own.  It needs no network
 * beyond the printer, and it is drawn here (cairo + Pango, fonts embedded),
 * so it prints the same from any CUPS queue.
 */

#define PT_PER_MM  (72.0 / 25.4)
#define A4_W       (210.0 * PT_PER_MM)
#define A4_H       (297.0 * PT_PER_MM)
#define MARGIN     (15.0 * PT_PER_MM)
#define ROW_H      22.0

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
text_at (cairo_t    *cr,
         const char *text,
         double      x,
         double      y,
         double      width,
         double      size,
         gboolean    bold)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (FD_PRINT_FONT);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (font);
}

/* Column x positions and widths across the page. */
static const struct {
  const char *heading;
  double      width_mm;
} table[] = {
  { N_("No."), 10 },
  { N_("Visitor"), 38 },
  { N_("Company"), 36 },
  { N_("Phone"), 30 },
  { N_("Host"), 40 },
  { N_("Arrived"), 14 },
  { N_("Present"), 12 },
};

static void
page_header (cairo_t    *cr,
             const char *site,
             const char *when,
             guint       count,
             FdLang      lang,
             double     *y)
{
  g_autofree char *title = g_strdup_printf ("%s%s%s", site, *site != '\0' ? " · " : "",
                                            fd_tr (lang, N_("Evacuation list")));
  g_autofree char *sub = g_strdup_printf (fd_tr (lang, N_("Visitors on site at %1$s: %2$u")), when, count);
  double x = MARGIN;

  text_at (cr, title, MARGIN, *y, A4_W - 2 * MARGIN, 18, TRUE);
  *y += 30;
  text_at (cr, sub, MARGIN, *y, A4_W - 2 * MARGIN, 11, FALSE);
  *y += 24;
  for (guint c = 0; c < G_N_ELEMENTS (table); c++)
    {
      text_at (cr, fd_tr (lang, table[c].heading), x, *y, table[c].width_mm * PT_PER_MM - 4, 9, TRUE);
      x += table[c].width_mm * PT_PER_MM;
    }
  *y += ROW_H - 6;
  cairo_move_to (cr, MARGIN, *y);
  cairo_line_to (cr, A4_W - MARGIN, *y);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
  *y += 4;
}

/* One site's visitors: from a new page, with the site in the title. */
static void
draw_group (cairo_t    *cr,
            GPtrArray  *visits,
            const char *title,
            const char *when,
            FdLang      lang)
{
  double y = MARGIN;

  page_header (cr, title, when, visits->len, lang, &y);
  for (guint i = 0; i < visits->len; i++)
    {
      FdVisit *visit = g_ptr_array_index (visits, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *host_name = fd_host_honorific_name (visit->host_name, visit->host_title, lang);
      g_autofree char *host = g_strdup_printf ("%s (%s)", host_name, visit->host_department);
      g_autofree char *arrived = fd_format_local_time (visit->arrived_ms, "%H:%M");
      const char *cells[] = { number, visit->name, visit->company != NULL ? visit->company : "",
                              visit->phone, host, arrived, "☐" };
      double x = MARGIN;

      if (y + ROW_H > A4_H - MARGIN)
        {
          cairo_show_page (cr);
          y = MARGIN;
          page_header (cr, title, when, visits->len, lang, &y);
        }
      for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
        {
          text_at (cr, cells[c], x, y, table[c].width_mm * PT_PER_MM - 4, 10, c == 1);
          x += table[c].width_mm * PT_PER_MM;
        }
      y += ROW_H;
    }
  if (visits->len == 0)
    text_at (cr, fd_tr (lang, N_("No visitors on site.")), MARGIN, y, A4_W - 2 * MARGIN, 11, FALSE);
  cairo_show_page (cr);
}

/**
 * fd_evacuation_pdf_groups:
 * @groups: (element-type GPtrArray): each site's visitors on site
 * @titles: (element-type utf8): each group's title: the company's and the
 *   site's name, "" for none
 *
 * Returns: (transfer full): the lists as an A4 PDF, each site from a new
 *   page, for the roll call at its own assembly point.
 */
GBytes *
fd_evacuation_pdf_groups (GPtrArray *groups,
                          GPtrArray *titles,
                          gint64     now_ms,
                          FdLang     lang)
{
  GByteArray *out = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_cb, out, A4_W, A4_H);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *when = fd_format_local_time (now_ms, "%Y-%m-%d %H:%M");

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint g = 0; g < groups->len; g++)
    draw_group (cr, groups->pdata[g], titles->pdata[g], when, lang);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (out);
}

/**
 * fd_evacuation_pdf:
 * @visits: (element-type FdVisit): who is on site
 * @site: the company's name, "" for none
 *
 * Returns: (transfer full): the list as an A4 PDF, as many pages as needed.
 */
GBytes *
fd_evacuation_pdf (GPtrArray  *visits,
                   const char *site,
                   gint64      now_ms,
                   FdLang      lang)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  g_ptr_array_add (groups, visits);
  g_ptr_array_add (titles, (gpointer) site);
  return fd_evacuation_pdf_groups (groups, titles, now_ms, lang);
}

/* A site's title on its list: its company name and, where the company has
 * several sites, the site's own. */
static char *
group_title (FdStore    *store,
             const char *code,
             gboolean    several,
             FdLang      lang)
{
  g_autofree char *company = fd_store_get_site_setting (store, code,
                                                        lang == FD_LANG_EN ? "company_name_en" : "company_name", "");
  g_autofree char *name = several ? fd_store_site_name (store, code, lang) : NULL;

  if (name == NULL)
    return g_steal_pointer (&company);
  if (*company == '\0')
    return g_steal_pointer (&name);
  return g_strdup_printf ("%s · %s", company, name);
}

/* The list of everyone on site now, for a caller whose permission is
 * checked: the site @session looks at, or every site, each on pages of
 * its own. */
static GBytes *
on_site_pdf (FdStore          *store,
             const FdSession  *session,
             FdLang            lang,
             guint            *n_visitors,
             GError          **error)
{
  g_autoptr(GPtrArray) visits = fd_store_list_visits (store, session, FD_VISITS_ON_SITE, error);
  g_autoptr(GPtrArray) sites = NULL;
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  const char *view;

  if (visits == NULL)
    return NULL;
  sites = fd_store_list_sites (store, error);
  if (sites == NULL)
    return NULL;
  if (n_visitors != NULL)
    *n_visitors = visits->len;
  view = fd_session_get_site (session);
  for (guint s = 0; s < sites->len; s++)
    {
      FdSiteInfo *site = sites->pdata[s];
      GPtrArray *group;

      if (*view != '\0' && !g_str_equal (view, site->code))
        continue;
      group = g_ptr_array_new ();
      for (guint i = 0; i < visits->len; i++)
        if (g_strcmp0 (((FdVisit *) visits->pdata[i])->site, site->code) == 0)
          g_ptr_array_add (group, visits->pdata[i]);
      /* Every site in view, an empty one too: "nobody there" is what its
       * assembly point needs to know. */
      g_ptr_array_add (groups, group);
      g_ptr_array_add (titles, group_title (store, site->code, sites->len > 1, lang));
    }
  return fd_evacuation_pdf_groups (groups, titles, fd_store_now_ms (store), lang);
}

/**
 * fd_store_evacuation_pdf:
 * @session: any staff member's
 *
 * Returns: (transfer full): the list of everyone on site now, or %NULL
 *   with @error set.
 */
GBytes *
fd_store_evacuation_pdf (FdStore          *store,
                         const FdSession  *session,
                         FdLang            lang,
                         guint            *n_visitors,
                         GError          **error)
{
  if (!fd_store_check_permission (store, session, FD_PERMISSION_RECEPTION, "evacuation", error))
    return NULL;
  return on_site_pdf (store, session, lang, n_visitors, error);
}

/* Prints the list of @n visitors on @queue (A4) and logs it. */
static gboolean
print_list (FdStore          *store,
            const FdSession  *session,
            const char       *queue,
            GBytes           *pdf,
            guint             n,
            GError          **error)
{
  g_autofree char *detail = NULL;
  g_autofree char *count = NULL;
  int job = 0;

  if (fd_print_pdf (queue, pdf, NULL, NULL, 210, 297, 60000, &job, &detail) != FD_PRINT_OK)
    {
      /* The office printer's, not a badge's, words for the log. */
      g_set_error (error, FD_ERROR, FD_ERROR_IO, "The office printer %s did not print the evacuation list: %s",
                   queue, detail != NULL ? detail : "no detail");
      return FALSE;
    }
  count = g_strdup_printf ("%u visitors, job %d", n, job);
  return fd_store_audit (store, fd_session_get_username (session), "evacuation.print", queue, count, error);
}

/**
 * fd_store_print_evacuation:
 * @session: any staff member's
 * @printer: (nullable): a CUPS queue or IPP URI; %NULL: the site's
 *   office_printer
 * @n_visitors: (out) (optional): how many visitors are listed
 *
 * Prints the evacuation list and waits for the printer.  Logged.  Call it
 * off the main loop.
 */
gboolean
fd_store_print_evacuation (FdStore          *store,
                           const FdSession  *session,
                           const char       *printer,
                           FdLang            lang,
                           guint            *n_visitors,
                           GError          **error)
{
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *queue = NULL;
  guint n = 0;

  if (!fd_store_check_permission (store, session, FD_PERMISSION_RECEPTION, "evacuation.print", error))
    return FALSE;
  queue = printer != NULL ? g_strdup (printer) : fd_store_get_setting (store, "office_printer", NULL);
  if (queue == NULL || *queue == '\0')
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_STATE, "No office printer is set up (office_printer)");
      return FALSE;
    }
  pdf = on_site_pdf (store, session, lang, &n, error);
  if (pdf == NULL || !print_list (store, session, queue, pdf, n, error))
    return FALSE;
  if (n_visitors != NULL)
    *n_visitors = n;
  return TRUE;
}

void
fd_evacuation_outcome_free (FdEvacuationOutcome *outcome)
{
  if (outcome == NULL)
    return;
  g_free (outcome->path);
  g_free (outcome->problem);
  g_free (outcome);
}

/* Writes @pdf into the site's export folder, or "Frontdesk evacuation" in
 * the home folder: 0600 in a 0700 folder, since it names every visitor on
 * site. */
static char *
save_pdf (FdStore     *store,
          GBytes      *pdf,
          GError     **error)
{
  g_autofree char *folder = fd_store_export_folder (store, "Frontdesk evacuation");
  gint64 now_ms = fd_store_now_ms (store);
  g_autofree char *stamp = fd_format_local_time (now_ms, "%Y%m%d-%H%M%S");
  g_autofree char *name = g_strdup_printf ("evacuation-%s.pdf", stamp);
  g_autofree char *path = NULL;
  gsize size;
  const char *data = g_bytes_get_data (pdf, &size);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_IO, "Cannot create %s", folder);
      return NULL;
    }
  path = g_build_filename (folder, name, NULL);
  if (!g_file_set_contents_full (path, data, (gssize) size, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return NULL;
  return g_steal_pointer (&path);
}

/**
 * fd_store_evacuate:
 * @session: any staff member's
 *
 * The evacuation list on the office printer; when there is none, or it
 * fails, saved as a PDF in the site's export folder (or "Frontdesk
 * evacuation" in the home folder), to be opened, printed elsewhere or read
 * out.  Call it off the main loop.
 *
 * Returns: (transfer full): what became of the list, or %NULL with @error
 *   (not allowed, or neither printed nor saved)
 */
FdEvacuationOutcome *
fd_store_evacuate (FdStore          *store,
                   const FdSession  *session,
                   FdLang            lang,
                   GError          **error)
{
  g_autoptr(FdEvacuationOutcome) outcome = g_new0 (FdEvacuationOutcome, 1);
  g_autoptr(GError) print_error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *queue = NULL;

  if (!fd_store_check_permission (store, session, FD_PERMISSION_RECEPTION, "evacuation.print", error))
    return NULL;
  pdf = on_site_pdf (store, session, lang, &outcome->n_visitors, error);
  if (pdf == NULL)
    return NULL;
  queue = fd_store_get_setting (store, "office_printer", "");
  if (*queue != '\0' && print_list (store, session, queue, pdf, outcome->n_visitors, &print_error))
    {
      outcome->printed = TRUE;
      return g_steal_pointer (&outcome);
    }
  /* No office printer, or it failed: the list already made is saved. */
  outcome->problem = g_strdup (print_error != NULL ? print_error->message : "No office printer is set up (office_printer)");
  g_message ("Saving the evacuation list instead: %s", outcome->problem);
  outcome->path = save_pdf (store, pdf, error);
  if (outcome->path == NULL)
    return NULL;
  if (!fd_store_audit (store, fd_session_get_username (session), "evacuation.save", outcome->path, NULL, error))
    return NULL;
  return g_steal_pointer (&outcome);
}
