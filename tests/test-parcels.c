/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <json-glib/json-glib.h>
#include <string.h>

#include "fd-error.h"
#include "fd-notify.h"
#include "fd-store-parcels.h"
#include "fd-store-sites.h"
#include "fd-test-smtp.h"
#include "fd-test-util.h"

/* Parcels at the front desk, PKG-1 to PKG-5: the store's side (the staff
 * window's is test-ui-parcels.c). */

static gint64
receive (FdTestDesk  *desk,
         const char  *tracking,
         const char  *carrier,
         gint64       recipient,
         const char  *damage,
         GBytes      *photo,
         GError     **error)
{
  FdParcelIn in = { (char *) tracking, (char *) carrier, recipient, (char *) damage, photo };

  return fd_store_receive_parcel (desk->store, desk->desk, &in, error);
}

static char *
sql_text (FdTestDesk *desk,
          const char *sql)
{
  return fd_test_sql_text (fd_store_get_path (desk->store), sql);
}

/* PKG-1: the tracking number (as a person types it, in groups, or as a
 * scanner does), the carrier, the recipient and the time are logged, with
 * who logged it; the list of what waits at the desk shows it.  A missing
 * or malformed field, an unknown recipient, and the same parcel logged
 * twice are refused and store nothing. */
static void
test_receive (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(FdParcel) parcel = NULL;
  gint64 id;

  fd_test_desk_open (&desk);
  id = receive (&desk, " sf 1234 5678 901 ", "顺丰速运", desk.wang, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  waiting = fd_store_list_parcels (desk.store, desk.desk, FD_PARCELS_WAITING, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (waiting->len, ==, 1);
  parcel = fd_parcel_copy (waiting->pdata[0]);
  g_assert_cmpint (parcel->id, ==, id);
  g_assert_cmpstr (parcel->tracking, ==, "SF12345678901");
  g_assert_cmpstr (parcel->carrier, ==, "顺丰速运");
  g_assert_cmpint (parcel->recipient_id, ==, desk.wang);
  g_assert_cmpstr (parcel->recipient_name, ==, "王芳");
  g_assert_cmpstr (parcel->recipient_department, ==, "市场部");
  g_assert_cmpint (parcel->received_ms, ==, desk.now);
  g_assert_cmpstr (parcel->received_by, ==, "test-receptionist");
  g_assert_cmpint (parcel->state, ==, FD_PARCEL_WAITING);
  g_assert_null (parcel->damage);
  g_assert_false (parcel->has_photo);
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM audit_log WHERE action = 'parcel.receive'"), ==, 1);

  g_assert_cmpint (receive (&desk, "SF1234567890 1", "顺丰速运", desk.wang, NULL, NULL, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);  /* the same parcel, already at the desk */
  g_clear_error (&error);
  g_assert_cmpint (receive (&desk, "12", "EMS", desk.wang, NULL, NULL, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (receive (&desk, "YT123456789'; --", "圆通速递", desk.wang, NULL, NULL, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (receive (&desk, "YT1234567890", "  ", desk.wang, NULL, NULL, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (receive (&desk, "YT1234567890", "圆通速递", 9999, NULL, NULL, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* The kiosk (no one logged in) cannot log parcels. */
  {
    FdParcelIn in = { "YT1234567890", "圆通速递", desk.wang, NULL, NULL };

    g_assert_cmpint (fd_store_receive_parcel (desk.store, NULL, &in, &error), ==, 0);
    g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
    g_clear_error (&error);
  }
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM parcels"), ==, 1);
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM outbox WHERE kind = 'parcel'"), ==, 1);
}

/* PKG-2: a damaged parcel says what is wrong and keeps the photo, byte for
 * byte; something that is not a photo is refused. */
static void
test_damaged (void)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3 };
  g_auto(FdTestDesk) desk = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) photo = g_bytes_new_static (png, sizeof png);
  g_autoptr(GBytes) text = g_bytes_new_static ("not a photo at all", 18);
  g_autoptr(GBytes) kept = NULL;
  g_autoptr(FdParcel) parcel = NULL;
  gint64 id;

  fd_test_desk_open (&desk);
  g_assert_cmpint (receive (&desk, "JD0012345678", "京东物流", desk.wang, "外箱破损", text, &error), ==, 0);
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);

  id = receive (&desk, "JD0012345678", "京东物流", desk.wang, " 外箱破损，一角受潮 ", photo, &error);
  g_assert_no_error (error);
  parcel = fd_store_get_parcel (desk.store, desk.desk, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (parcel->damage, ==, "外箱破损，一角受潮");
  g_assert_true (parcel->has_photo);
  kept = fd_store_get_parcel_photo (desk.store, desk.desk, id, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (kept, photo));
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM audit_log WHERE action = 'parcel.receive' "
                                   "AND detail = 'damaged'"), ==, 1);
}

/* PKG-3: the recipient is told in the SOP's words, in their language, by
 * a real mail server, with the carrier, tracking number and time. */
static void
test_recipient_told (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_auto(FdTestSmtp) smtp = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *mails = NULL;

  fd_test_desk_open (&desk);
  fd_test_desk_use_smtp (&desk, &smtp);

  g_assert_cmpint (receive (&desk, "SF1234567890", "顺丰速运", desk.wang, "外箱受潮", NULL, &error), >, 0);
  g_assert_cmpint (receive (&desk, "1Z999AA10123456784", "UPS", fd_test_host_id (desk.store, "Anna Schmidt", NULL),
                            NULL, NULL, &error), >, 0);
  g_assert_no_error (error);

  mails = fd_test_desk_deliver (&desk, &smtp, 2);
  g_assert_nonnull (strstr (mails, "<wang.fang@example.com>\n您有快递到前台\n"));
  g_assert_nonnull (strstr (mails, "您好，您有一个快递到了，请到前台领取。\n快递公司：顺丰速运，单号 SF1234567890\n"));
  g_assert_nonnull (strstr (mails, "外包装到达时已破损：外箱受潮"));
  g_assert_nonnull (strstr (mails, "<anna.schmidt@example.com>\nA parcel for you at reception\n"));
  g_assert_nonnull (strstr (mails, "Hello, a parcel has arrived for you. Please collect it at reception.\n"
                                   "Carrier: UPS, tracking number 1Z999AA10123456784\n"));
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM outbox WHERE parcel_id IS NOT NULL AND state = 'sent'"), ==, 2);
}

/* PKG-4: handing over needs who takes it, an identity check and a
 * signature; then the parcel has left the desk with all three and the
 * time, once; a message about it still waiting to go out is not sent. */
static void
test_hand_over (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(FdParcel) parcel = NULL;
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(GPtrArray) ended = NULL;
  g_autoptr(GPtrArray) outbox = NULL;
  g_autofree char *signature = NULL;
  gint64 id;

  fd_test_desk_open (&desk);
  id = receive (&desk, "ZTO778899001122", "中通快递", desk.wang, NULL, NULL, &error);
  g_assert_no_error (error);

  g_assert_false (fd_store_hand_over_parcel (desk.store, desk.desk, id, "王芳", FALSE, FD_TEST_SIGNATURE, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);  /* identity not checked */
  g_clear_error (&error);
  g_assert_false (fd_store_hand_over_parcel (desk.store, desk.desk, id, "王芳", TRUE, "", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);  /* not signed */
  g_clear_error (&error);
  g_assert_false (fd_store_hand_over_parcel (desk.store, desk.desk, id, "王芳", TRUE, "500,500", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);  /* a tap is not a signature */
  g_clear_error (&error);
  g_assert_false (fd_store_hand_over_parcel (desk.store, desk.desk, id, "王芳", TRUE, "1,2 3,4; DROP TABLE", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (fd_store_hand_over_parcel (desk.store, desk.desk, id, " ", TRUE, FD_TEST_SIGNATURE, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);  /* nobody named */
  g_clear_error (&error);

  desk.now += 2 * 3600 * 1000;
  g_assert_true (fd_store_hand_over_parcel (desk.store, desk.desk, id, "李娜（王芳的同事）", TRUE, FD_TEST_SIGNATURE, &error));
  g_assert_no_error (error);
  parcel = fd_store_get_parcel (desk.store, desk.desk, id, &error);
  g_assert_cmpint (parcel->state, ==, FD_PARCEL_COLLECTED);
  g_assert_cmpstr (parcel->collected_by, ==, "李娜（王芳的同事）");
  g_assert_cmpstr (parcel->handed_over_by, ==, "test-receptionist");
  g_assert_cmpint (parcel->collected_ms, ==, desk.now);
  signature = fd_store_get_parcel_signature (desk.store, desk.desk, id, &error);
  g_assert_cmpstr (signature, ==, FD_TEST_SIGNATURE);
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM audit_log WHERE action = 'parcel.hand-over'"), ==, 1);

  g_assert_false (fd_store_hand_over_parcel (desk.store, desk.desk, id, "王芳", TRUE, FD_TEST_SIGNATURE, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);  /* gone already */
  g_clear_error (&error);

  waiting = fd_store_list_parcels (desk.store, desk.desk, FD_PARCELS_WAITING, &error);
  g_assert_cmpuint (waiting->len, ==, 0);
  ended = fd_store_list_parcels (desk.store, desk.desk, FD_PARCELS_ENDED, &error);
  g_assert_cmpuint (ended->len, ==, 1);

  /* No mail server was set up: the message waited, and is not sent now. */
  outbox = fd_store_due_outbox (desk.store, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (outbox->len, ==, 0);
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM outbox WHERE kind = 'parcel' AND state = 'dropped'"), ==, 1);
}

/* PKG-5: after 3 days the recipient is reminded once, in the SOP's words;
 * a parcel goes back to the carrier only from its seventh day, and then
 * has left the desk. */
static void
test_remind_and_return (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(FdParcel) parcel = NULL;
  g_autoptr(FdSession) station = fd_session_new_system ();
  g_autofree char *body = NULL;
  guint reminded = 99;
  gint64 id, later;

  fd_test_desk_open (&desk);
  id = receive (&desk, "YD4455667788", "韵达快递", desk.wang, NULL, NULL, &error);
  g_assert_no_error (error);
  desk.now += FD_TEST_DAY_MS;
  later = receive (&desk, "EMS1122334455", "EMS", desk.wang, NULL, NULL, &error);
  g_assert_no_error (error);

  desk.now += 2 * FD_TEST_DAY_MS - 60 * 1000;  /* the first one minute before its third day */
  g_assert_true (fd_store_remind_parcels (desk.store, &reminded, &error));
  g_assert_cmpuint (reminded, ==, 0);
  desk.now += 60 * 1000;
  /* The station's hourly housekeeping does it. */
  g_assert_true (fd_store_housekeeping (desk.store, station, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (fd_store_remind_parcels (desk.store, &reminded, &error));
  g_assert_cmpuint (reminded, ==, 0);  /* once */
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM outbox WHERE kind = 'parcel-reminder'"), ==, 1);
  body = sql_text (&desk, "SELECT body FROM outbox WHERE kind = 'parcel-reminder'");
  g_assert_true (g_str_has_prefix (body, "您好，您的快递已经到了3天，请尽快领取。\n快递公司：韵达快递，单号 YD4455667788\n"));
  g_assert_nonnull (strstr (body, "7天内未领取的快递将退回快递公司。"));
  parcel = fd_store_get_parcel (desk.store, desk.desk, id, &error);
  g_assert_cmpint (parcel->reminded_ms, ==, desk.now);
  g_assert_cmpint (fd_parcel_days_waiting (parcel, desk.now), ==, 3);
  g_assert_false (fd_parcel_is_due_back (parcel, desk.now));

  g_assert_false (fd_store_return_parcel (desk.store, desk.desk, id, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);  /* too early */
  g_clear_error (&error);
  desk.now += 4 * FD_TEST_DAY_MS;
  g_clear_pointer (&parcel, fd_parcel_free);
  parcel = fd_store_get_parcel (desk.store, desk.desk, id, &error);
  g_assert_true (fd_parcel_is_due_back (parcel, desk.now));
  g_assert_true (fd_store_return_parcel (desk.store, desk.desk, id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&parcel, fd_parcel_free);
  parcel = fd_store_get_parcel (desk.store, desk.desk, id, &error);
  g_assert_cmpint (parcel->state, ==, FD_PARCEL_RETURNED);
  g_assert_cmpint (parcel->returned_ms, ==, desk.now);
  g_assert_false (fd_store_return_parcel (desk.store, desk.desk, later, &error));  /* its sixth day */
  g_assert_error (error, FD_ERROR, FD_ERROR_STATE);
  g_clear_error (&error);
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM audit_log WHERE action = 'parcel.return' "
                                   "AND detail = 'unclaimed'"), ==, 1);
}

/* A parcel belongs to its recipient's lobby: the north lobby's
 * receptionist neither sees nor hands over the main lobby's parcels. */
static void
test_sites (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSession) admin = NULL;
  g_autoptr(FdStore) north = NULL;
  g_autoptr(FdSession) north_desk = NULL;
  g_autoptr(GPtrArray) seen = NULL;
  gint64 id;

  fd_test_desk_open (&desk);
  admin = fd_test_login (desk.store, FD_ROLE_ADMIN);
  g_assert_true (fd_store_put_site (desk.store, admin, "north", "北楼大堂", "North lobby", &error));
  id = receive (&desk, "SF5555666677", "顺丰速运", desk.wang, NULL, NULL, &error);
  g_assert_no_error (error);

  north = fd_store_open (fd_store_get_path (desk.store), &error);
  g_assert_no_error (error);
  fd_store_set_station_site (north, "north");
  north_desk = fd_test_login (north, FD_ROLE_RECEPTIONIST);
  seen = fd_store_list_parcels (north, north_desk, FD_PARCELS_WAITING, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, ==, 0);
  g_assert_false (fd_store_hand_over_parcel (north, north_desk, id, "王芳", TRUE, FD_TEST_SIGNATURE, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_pointer (&seen, g_ptr_array_unref);
  seen = fd_store_list_parcels (desk.store, admin, FD_PARCELS_WAITING, &error);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (((FdParcel *) seen->pdata[0])->site, ==, "main");
}

/* Who collected a parcel and their signature are kept as long as visits
 * are, then purged; a parcel still waiting stays. */
static void
test_purge (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSession) admin = NULL;
  gint64 id;

  fd_test_desk_open (&desk);
  admin = fd_test_login (desk.store, FD_ROLE_ADMIN);
  id = receive (&desk, "SF1000200030", "顺丰速运", desk.wang, NULL, NULL, &error);
  receive (&desk, "SF1000200031", "顺丰速运", desk.wang, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (fd_store_hand_over_parcel (desk.store, desk.desk, id, "王芳", TRUE, FD_TEST_SIGNATURE, &error));
  desk.now += 100 * FD_TEST_DAY_MS;  /* past the default retention of 90 days */
  g_assert_true (fd_store_purge (desk.store, admin, FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM parcels"), ==, 1);
  g_assert_cmpint (fd_test_desk_sql (&desk, "SELECT COUNT(*) FROM parcels WHERE signature IS NOT NULL"), ==, 0);
}

/* frontdeskctl parcels: what waits at the desk and what to do with it,
 * as text and as JSON, for the staff member's site. */
static void
test_ctl (void)
{
  g_auto(FdTestDesk) desk = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *out = NULL, *err = NULL, *json = NULL, *json_err = NULL;
  JsonArray *array;
  JsonObject *first;

  fd_test_desk_open (&desk);
  desk.now = g_get_real_time () / 1000 - 8 * FD_TEST_DAY_MS;  /* frontdeskctl reads the real clock */
  receive (&desk, "YT9876543210", "圆通速递", desk.wang, NULL, NULL, &error);
  desk.now += 8 * FD_TEST_DAY_MS;
  receive (&desk, "SF1234567890", "顺丰速运", desk.wang, "外箱受潮", NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpint (fd_test_ctl_as (fd_store_get_path (desk.store), "1357", &out, &err, "--user", "test-receptionist",
                                   "parcels", "list", NULL), ==, 0);
  g_test_message ("%s%s", out, err);
  g_assert_nonnull (strstr (out, "\tYT9876543210\t圆通速递\t王芳\t"));
  g_assert_nonnull (strstr (out, "\t8\treturn to carrier\n"));
  g_assert_nonnull (strstr (out, "\tSF1234567890\t顺丰速运\t王芳\t"));
  g_assert_nonnull (strstr (out, "\t0\tdamaged\n"));

  g_assert_cmpint (fd_test_ctl_as (fd_store_get_path (desk.store), "1357", &json, &json_err, "--user",
                                   "test-receptionist", "parcels", "list", "--json", NULL), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  first = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "tracking"), ==, "YT9876543210");
  g_assert_cmpstr (json_object_get_string_member (first, "state"), ==, "waiting");
  g_assert_cmpstr (json_object_get_string_member (first, "recipient"), ==, "王芳");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 1), "damage"), ==, "外箱受潮");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/parcels/receive", test_receive);
  g_test_add_func ("/parcels/damaged", test_damaged);
  g_test_add_func ("/parcels/recipient-told", test_recipient_told);
  g_test_add_func ("/parcels/hand-over", test_hand_over);
  g_test_add_func ("/parcels/remind-and-return", test_remind_and_return);
  g_test_add_func ("/parcels/sites", test_sites);
  g_test_add_func ("/parcels/purge", test_purge);
  g_test_add_func ("/parcels/ctl", test_ctl);
  return g_test_run ();
}
