// ==== [qlm:chat] built-in chat templates ================================================
// INTERFACE ONLY (implementation being written).
#ifndef QLM_CHAT_H
#define QLM_CHAT_H
#include "internal.h"

namespace qlm_detail {
// Recognises a Jinja chat template by distinctive markers; false when unknown.
bool chat_detect(const char* jinja, qlm_chat_template* out);
const char* chat_name(qlm_chat_template t);                 // NULL for AUTO/invalid
bool chat_parse_name(const char* name, qlm_chat_template* out);
// Renders like the model's Jinja template would (t is never AUTO here). Unknown roles or
// an unsupported message order -> QLM_ERR_TEMPLATE.
qlm_result chat_render(qlm_chat_template t, const qlm_chat_message* msgs, size_t n,
                       bool add_assistant, std::string* out, qlm_error* err);
} // namespace qlm_detail
#endif
