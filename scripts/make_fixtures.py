#!/usr/bin/env python3
"""Writes reference data for the default model into tests/fixtures/.

llama.cpp (through llama-cpp-python) is the reference for token ids, greedy continuations
and logits; jinja2 renders the model's own chat template for the chat fixture. Run it
through scripts/make-fixtures.sh, which prepares the cached venv this needs.

  make_fixtures.py [--model PATH] [--out DIR] [--only tokenize,greedy,logits,chat,gemma3,families]

The gemma3 part (not in the default set) writes gemma3_tokenize.tsv and gemma3_greedy.tsv,
in the formats below, for models/gemma-3-270m-Q4_K_M.gguf (scripts/get-model.sh gemma3).
The families part (not in the default set) writes family_<name>.tsv for the tiny
random-weight models of tests/family_models.h (Qwen2, Qwen3, Mistral-shaped Llama, Gemma 3
with a short sliding window), which build/family_models writes (make build/family_models).

Files (the C++ tests parse these exact formats; '#' lines are comments):
  smollm2_tokenize.tsv  name TAB hex(utf8 text) TAB add_special TAB parse_special TAB ids
  smollm2_greedy.tsv    name TAB prompt ids TAB 64 generated ids TAB 64 margins
                        margin = top1 - top2 logit at that step (%.5f); a small margin
                        says where another implementation may legitimately pick differently.
                        Generation does NOT stop at EOS: always 64 tokens.
  smollm2_logits.tsv    name TAB prompt ids TAB file name
  smollm2_logits_N.bin  float32 little-endian logits over the whole vocabulary for the
                        LAST prompt position
  chat_smollm2.tsv      name TAB add_assistant TAB messages TAB hex(rendered text)
                        messages: space-separated role:hex(content); rendered with jinja2
                        (as transformers does: trim_blocks, lstrip_blocks) from the
                        template stored in the GGUF (tokenizer.chat_template)
  family_<name>.tsv     first comment line: the model file's FNV-1a 64 hash (hex); rows:
                        name TAB prompt ids TAB logits of the last prompt position (%.5f
                        each, whole vocabulary) TAB 16 greedy ids TAB 16 margins
Ids are space-separated decimals; an empty list is an empty field.
"""
import argparse
import hashlib
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_MODEL = os.path.join(ROOT, "models", "SmolLM2-135M-Instruct.Q4_1.gguf")
GEMMA_MODEL = os.path.join(ROOT, "models", "gemma-3-270m-Q4_K_M.gguf")

# llama.cpp settings for every model run (recorded in each file's header).
N_CTX = 2048
N_THREADS = 2
N_BATCH = 512
SEED = 0
N_GEN = 64

SYSTEM = "You are a helpful assistant."


def chatml(turns, add_assistant=True):
    """ChatML text for [(role, content)], as the SmolLM2 template renders it."""
    s = "".join("<|im_start|>%s\n%s<|im_end|>\n" % (r, c) for r, c in turns)
    return s + ("<|im_start|>assistant\n" if add_assistant else "")


# ---- texts for the tokenizer ---------------------------------------------------------------
# (name, text, add_special, parse_special). Written for this file; they aim at the corners of
# byte-level BPE: pre-tokenizer splits, digits, whitespace runs, multi-byte UTF-8, specials.
PARAGRAPH = (
    "The quick brown fox jumps over the lazy dog. Meanwhile, in a small village nestled "
    "between two mountains, the baker was preparing 1,234 loaves of bread for the annual "
    "festival. \"It's going to be a long day,\" she said, wiping flour from her hands. "
    "Children ran through the streets (some carrying kites, others balloons) while the "
    "old clock tower struck nine. By noon, everyone had gathered at the square; the music "
    "started, and for a few hours nobody worried about anything at all.\n\nThe end."
)
TEXTS = [
    ("empty", "", 0, 0),
    ("empty_add_special", "", 1, 0),
    ("single_space", " ", 0, 0),
    ("single_letter", "a", 0, 0),
    ("hello_world", "Hello world", 0, 0),
    ("hello_world_add_special", "Hello world", 1, 0),
    ("sentence", "The quick brown fox jumps over the lazy dog.", 0, 0),
    ("sentence_leading_space", " The quick brown fox jumps over the lazy dog.", 0, 0),
    ("question", "What is the capital of France? I think it's Paris!", 0, 0),
    ("contractions", "I'm sure they're here; we'll see, it's fine, don't worry, I've, you'd", 0, 0),
    ("contractions_upper", "IT'S THEY'RE WE'LL DON'T I'M YOU'VE HE'D", 0, 0),
    ("mixed_case", "camelCase PascalCase snake_case SCREAMING_CASE mIxEd CaSe iPhone", 0, 0),
    ("punctuation_runs", "Wait... what?!?! No way!!! (really???) ---- *** ;;; ::: ,,, ''' \"\"\"", 0, 0),
    ("brackets_symbols", "[x] {y} <z> @home #tag $100 %50 ^up &and *star ~tilde `tick` |pipe| \\back", 0, 0),
    ("digits_short", "0 1 12 123 1234 12345", 0, 0),
    ("digits_long", "3141592653589793238462643383279502884197", 0, 0),
    ("numbers_mixed", "Call 555-0199 at 10:30, pay $1,299.99 or 1.5e-10; v2.0.1-rc3 x86_64 128GB", 0, 0),
    ("year_and_ordinals", "In 2024 the 1st, 2nd, 3rd and 4th place went to teams 7, 42 and 1001.", 0, 0),
    ("spaces_two", "a  b", 0, 0),
    ("spaces_run", "word          word", 0, 0),
    ("spaces_leading", "   leading spaces", 0, 0),
    ("spaces_trailing", "trailing spaces   ", 0, 0),
    ("only_spaces", "     ", 0, 0),
    ("tabs", "col1\tcol2\t\tcol3\t", 0, 0),
    ("newlines_three", "line one\n\n\nline two", 0, 0),
    ("newline_only", "\n", 0, 0),
    ("crlf", "first\r\nsecond\r\n", 0, 0),
    ("whitespace_mix", " \t \n \t\n  x \n\t ", 0, 0),
    ("accents", "café naïve résumé jalapeño façade coöperate Ångström", 0, 0),
    ("german", "Größenwahn: Die Straße führt über die Brücke nach Köln. Übermäßig!", 0, 0),
    ("french", "L'été dernier, où étiez-vous ? « Très bien », répondit-il à l'hôtel.", 0, 0),
    ("spanish", "¿Dónde está la biblioteca? ¡Mañana será otro día!", 0, 0),
    ("russian", "Привет, как дела? Всё хорошо, спасибо.", 0, 0),
    ("greek", "Γειά σου Κόσμε, αυτό είναι ένα τεστ.", 0, 0),
    ("chinese", "我喜欢学习机器学习和自然语言处理。今天天气很好！", 0, 0),
    ("japanese", "こんにちは、世界。カタカナとひらがなと漢字を混ぜた文です。", 0, 0),
    ("korean", "안녕하세요, 세계! 한국어 문장을 토큰화합니다.", 0, 0),
    ("arabic", "مرحبا بالعالم، هذه جملة باللغة العربية.", 0, 0),
    ("hebrew_hindi_thai", "שלום עולם नमस्ते दुनिया สวัสดีชาวโลก", 0, 0),
    ("emoji_simple", "I love pizza 🍕 and cats 🐱😀😂👍", 0, 0),
    ("emoji_zwj", "family 👨‍👩‍👧‍👦 technologist 👩🏽‍💻 rainbow flag 🏳️‍🌈", 0, 0),
    ("emoji_flags_skin", "flags 🇫🇷🇩🇪🇯🇵🇺🇸 thumbs 👍🏻👍🏿 keycap 1️⃣ #️⃣", 0, 0),
    ("python_code", "def add(a, b):\n    \"\"\"Return a + b.\"\"\"\n    return a + b\n\nprint(add(2, 3))  # 5\n", 0, 0),
    ("cpp_code", "#include <vector>\nint main() {\n\tstd::vector<int> v{1, 2, 3};\n\tfor (int x : v) {\n\t\tif (x % 2 == 0) return x;\n\t}\n\treturn -1;\n}\n", 0, 0),
    ("json", "{\"name\": \"quantlm\", \"version\": [0, 1, 0], \"ok\": true, \"ratio\": 0.25}", 0, 0),
    ("markdown", "# Title\n\n- item one\n- **bold** and _italic_\n\n```bash\nmake test\n```\n", 0, 0),
    ("url", "See https://example.com/path/to/page?query=1&lang=en#section or http://127.0.0.1:8080/", 0, 0),
    ("email_path", "mail me@example.org; file C:\\Users\\me\\notes.txt or /usr/local/bin/python3", 0, 0),
    ("special_im_start_parse0", "<|im_start|>user\nHello!<|im_end|>\n", 0, 0),
    ("special_im_start_parse1", "<|im_start|>user\nHello!<|im_end|>\n", 0, 1),
    ("special_endoftext_parse0", "Some text<|endoftext|>More text", 0, 0),
    ("special_endoftext_parse1", "Some text<|endoftext|>More text", 0, 1),
    ("special_adjacent_parse1", "<|im_end|><|im_start|><|endoftext|>", 0, 1),
    ("special_spaced_parse1", " <|im_start|> assistant <|im_end|> ", 0, 1),
    ("special_lookalike_parse1", "<|im_start> <im_start|> <|IM_START|> <| im_start |>", 0, 1),
    ("special_other_parse1", "<filename>main.py<file_sep><gh_stars>10", 0, 1),
    ("chat_prompt_parse1", chatml([("system", SYSTEM), ("user", "What is 2+2?")]), 0, 1),
    ("chat_prompt_parse1_add_special", chatml([("system", SYSTEM), ("user", "What is 2+2?")]), 1, 1),
    ("repeated_chars", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ==================== ........", 0, 0),
    ("long_word", "Pneumonoultramicroscopicsilicovolcanoconiosis antidisestablishmentarianism", 0, 0),
    ("long_paragraph", PARAGRAPH, 0, 0),
]

# ---- prompts for greedy generation and logits ---------------------------------------------
# (name, text, parse_special). Chat prompts use the model's template (ChatML) with an
# explicit system message, so they do not depend on the template's default one.
GREEDY = [
    ("plain_capital", "The capital of France is", False),
    ("plain_story", "Once upon a time, in a land far away,", False),
    ("plain_code", "def fibonacci(n):\n", False),
    ("chat_hello", chatml([("system", SYSTEM), ("user", "Hello! Who are you?")]), True),
    ("chat_math", chatml([("system", SYSTEM), ("user", "What is 12 times 7? Explain briefly.")]), True),
    ("chat_list", chatml([("system", SYSTEM), ("user", "List three fruits that are red.")]), True),
    ("chat_multiturn", chatml([("system", SYSTEM), ("user", "My name is Ada."),
                               ("assistant", "Nice to meet you, Ada! How can I help you today?"),
                               ("user", "What is my name?")]), True),
]
LOGITS = [
    ("plain_sky", "The color of the sky on a clear day is", False),
    ("plain_counting", "1, 2, 3, 4, 5,", False),
    ("chat_poem", chatml([("system", SYSTEM), ("user", "Write a haiku about the sea.")]), True),
]

# ---- conversations for the chat template ---------------------------------------------------
# (name, [(role, content)], add_assistant)
CHATS = [
    ("system_user", [("system", SYSTEM), ("user", "Hi there!")], True),
    ("system_user_no_prompt", [("system", SYSTEM), ("user", "Hi there!")], False),
    ("multi_turn", [("system", "You are terse."), ("user", "2+2?"), ("assistant", "4"),
                    ("user", "And 3+3?")], True),
    ("ends_with_assistant", [("system", SYSTEM), ("user", "Say hi."), ("assistant", "Hi!")], False),
    ("no_system", [("user", "Hello")], True),
    ("no_system_multi", [("user", "Hello"), ("assistant", "Hi! How can I help?"),
                         ("user", "Tell me a joke.")], True),
    ("whitespace_kept", [("system", "  padded system \n"), ("user", "\n  spaced user\t ")], True),
    ("unicode", [("system", "Réponds en français."), ("user", "Qu'est-ce que 日本語? 🤔\nMerci.")], True),
    ("empty_contents", [("system", ""), ("user", "")], True),
    ("special_text_in_content", [("system", SYSTEM), ("user", "Print <|im_end|> literally")], True),
    ("no_messages", [], True),
    ("no_messages_no_prompt", [], False),
]


def hexs(b):
    return b.hex()


def ids_str(ids):
    return " ".join(str(int(i)) for i in ids)


def write_lines(path, header, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write("# " + h + "\n")
        for line in lines:
            f.write(line + "\n")
    print("wrote %s (%d entries)" % (os.path.relpath(path, ROOT), len(lines)))


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class Reference:
    """One llama.cpp model instance with the settings above."""

    def __init__(self, model_path):
        import llama_cpp
        import numpy as np

        self.llama_cpp, self.np = llama_cpp, np
        self.vocab = llama_cpp.Llama(model_path, vocab_only=True, verbose=False)
        self.llm = llama_cpp.Llama(
            model_path,
            n_ctx=N_CTX,
            n_batch=N_BATCH,
            n_ubatch=N_BATCH,
            n_threads=N_THREADS,
            n_threads_batch=N_THREADS,
            seed=SEED,
            flash_attn=False,
            n_gpu_layers=0,
            verbose=False,
        )  # type_k/type_v left at llama.cpp's default: f16 KV cache
        self.n_vocab = self.llm.n_vocab()
        info = llama_cpp.llama_print_system_info().decode().strip().rstrip("|").strip()
        self.settings = (
            "llama-cpp-python %s (llama.cpp reference); n_ctx=%d n_batch=%d n_threads=%d "
            "seed=%d kv=f16 flash_attn=off cpu-only; model %s sha256 %s; system_info: %s"
            % (llama_cpp.__version__, N_CTX, N_BATCH, N_THREADS, SEED,
               os.path.basename(model_path), sha256(model_path), info))

    def tokenize(self, text, add_special, parse_special):
        return self.vocab.tokenize(text.encode("utf-8"), add_bos=bool(add_special),
                                   special=bool(parse_special))

    def _last_logits(self):
        ptr = self.llama_cpp.llama_get_logits_ith(self.llm._ctx.ctx, -1)
        return self.np.ctypeslib.as_array(ptr, shape=(self.n_vocab,)).astype(self.np.float32)

    def prompt_logits(self, ids):
        self.llm.reset()  # n_tokens = 0: the next eval clears the KV cache from position 0
        self.llm.eval(ids)
        return self._last_logits()

    def greedy(self, ids, n):
        logits = self.prompt_logits(ids)
        out, margins = [], []
        for step in range(n):
            top = int(self.np.argmax(logits))  # ties: lowest id
            second = float(self.np.partition(logits, -2)[-2])
            out.append(top)
            margins.append(float(logits[top]) - second)
            if step + 1 < n:
                self.llm.eval([top])
                logits = self._last_logits()
        return out, margins


def make_tokenize(ref, out, prefix="smollm2"):
    names = [t[0] for t in TEXTS]
    assert len(names) == len(set(names)), "duplicate tokenizer case names"
    lines = []
    for name, text, add_special, parse_special in TEXTS:
        ids = ref.tokenize(text, add_special, parse_special)
        lines.append("\t".join([name, hexs(text.encode("utf-8")), str(add_special),
                                str(parse_special), ids_str(ids)]))
    write_lines(os.path.join(out, prefix + "_tokenize.tsv"),
                [ref.settings,
                 "name\thex(utf8 text)\tadd_special\tparse_special\tids (llama_tokenize)"], lines)


def make_greedy(ref, out, prompts=None, prefix="smollm2", add_bos=False):
    lines = []
    for name, text, special in prompts or GREEDY:
        ids = ref.tokenize(text, add_bos, special)
        gen, margins = ref.greedy(ids, N_GEN)
        lines.append("\t".join([name, ids_str(ids), ids_str(gen),
                                " ".join("%.5f" % m for m in margins)]))
    write_lines(os.path.join(out, prefix + "_greedy.tsv"),
                [ref.settings,
                 "greedy = argmax of the last position's logits (ties: lowest id); prompt%s "
                 "decoded in one batch, then one token per decode; never stops at EOS: "
                 "always %d tokens" % (" (with BOS)" if add_bos else "", N_GEN),
                 "name\tprompt ids\tgenerated ids\tmargins (top1 - top2 logit per step)"], lines)


def make_logits(ref, out):
    lines = []
    for i, (name, text, special) in enumerate(LOGITS):
        ids = ref.tokenize(text, False, special)
        logits = ref.prompt_logits(ids)
        fname = "smollm2_logits_%d.bin" % i
        with open(os.path.join(out, fname), "wb") as f:
            f.write(logits.astype("<f4").tobytes())
        lines.append("\t".join([name, ids_str(ids), fname]))
    write_lines(os.path.join(out, "smollm2_logits.tsv"),
                [ref.settings,
                 "each .bin: %d float32 little-endian logits of the LAST prompt position "
                 "(prompt decoded in one batch)" % ref.n_vocab,
                 "name\tprompt ids\tfile"], lines)


def gemma_turns(turns):
    """Gemma 3's prompt format: the system text opens the first user turn."""
    s, sys_text = "", ""
    for role, content in turns:
        if role == "system":
            sys_text = content + "\n\n"
            continue
        s += "<start_of_turn>%s\n%s%s<end_of_turn>\n" % ("model" if role == "assistant" else role,
                                                        sys_text, content)
        sys_text = ""
    return s + "<start_of_turn>model\n"


GEMMA_GREEDY = [
    ("plain_capital", "The capital of France is", False),
    ("plain_code", "def fibonacci(n):\n", False),
    ("chat_hello", gemma_turns([("user", "Hello! Who are you?")]), True),
    ("chat_math", gemma_turns([("user", "What is 12 times 7? Answer briefly.")]), True),
    ("chat_system", gemma_turns([("system", "You answer in one sentence."),
                                 ("user", "Why is the sky blue?")]), True),
]


# Token ids for the family models (vocabulary 512; 1 = BOS). The longer prompts run past
# the Gemma 3 model's sliding window of 8, so its windowed and global layers both matter.
FAMILY_PROMPTS = [
    ("short", [1, 300, 17, 42, 511]),
    ("medium", [1] + [(37 * i + 11) % 509 + 3 for i in range(23)]),
    ("long", [1] + [(101 * i + 7) % 509 + 3 for i in range(47)]),
]
FAMILY_GEN = 16


def fnv1a64(path):
    h = 1469598103934665603
    with open(path, "rb") as f:
        for b in f.read():
            h = ((h ^ b) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % h


def make_families(out):
    import subprocess
    import tempfile

    tool = os.path.join(ROOT, "build", "family_models")
    if not os.path.exists(tool):
        sys.exit("make_fixtures: %s is missing (make build/family_models)" % tool)
    with tempfile.TemporaryDirectory() as d:
        subprocess.run([tool, d], check=True)
        for fam in ("qwen2", "qwen3", "mistral", "gemma3"):
            path = os.path.join(d, fam + ".gguf")
            ref = Reference(path)
            lines = []
            for name, ids in FAMILY_PROMPTS:
                logits = ref.prompt_logits(ids)
                gen, margins = ref.greedy(ids, FAMILY_GEN)
                lines.append("\t".join([name, ids_str(ids), " ".join("%.5f" % x for x in logits),
                                        ids_str(gen), " ".join("%.5f" % m for m in margins)]))
            write_lines(os.path.join(out, "family_%s.tsv" % fam),
                        ["fnv1a64 %s" % fnv1a64(path),
                         ref.settings.replace(path, fam + ".gguf"),
                         "logits of the last prompt position (prompt decoded in one batch), then "
                         "%d greedy steps one token per decode" % FAMILY_GEN,
                         "name\tprompt ids\tlogits\tgreedy ids\tmargins"], lines)


def make_gemma3(out):
    if not os.path.exists(GEMMA_MODEL):
        sys.exit("make_fixtures: no model at %s (run scripts/get-model.sh gemma3)" % GEMMA_MODEL)
    ref = Reference(GEMMA_MODEL)
    make_tokenize(ref, out, "gemma3")
    make_greedy(ref, out, GEMMA_GREEDY, "gemma3", add_bos=True)  # the file asks for BOS


def make_chat(model_path, out):
    import gguf
    import jinja2
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    reader = gguf.GGUFReader(model_path)
    template = reader.fields["tokenizer.chat_template"].contents()

    def raise_exception(message):
        raise jinja2.exceptions.TemplateError(message)

    # The settings transformers' apply_chat_template uses.
    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
    env.globals["raise_exception"] = raise_exception
    tmpl = env.from_string(template)
    lines = []
    for name, turns, add_assistant in CHATS:
        text = tmpl.render(messages=[{"role": r, "content": c} for r, c in turns],
                           add_generation_prompt=add_assistant, bos_token="<|im_start|>",
                           eos_token="<|im_end|>")
        msgs = " ".join("%s:%s" % (r, hexs(c.encode("utf-8"))) for r, c in turns)
        lines.append("\t".join([name, "1" if add_assistant else "0", msgs,
                                hexs(text.encode("utf-8"))]))
    write_lines(os.path.join(out, "chat_smollm2.tsv"),
                ["jinja2 %s (trim_blocks, lstrip_blocks) rendering tokenizer.chat_template of %s, "
                 "template sha256 %s" % (jinja2.__version__, os.path.basename(model_path),
                                         hashlib.sha256(template.encode()).hexdigest()),
                 "the template inserts a default system message when the first message is not "
                 "'system'; the expected text includes it",
                 "name\tadd_assistant\tmessages (role:hex(content), space-separated)\t"
                 "hex(rendered text)"], lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--out", default=os.path.join(ROOT, "tests", "fixtures"))
    ap.add_argument("--only", default="tokenize,greedy,logits,chat")
    args = ap.parse_args()
    parts = set(args.only.split(","))
    unknown = parts - {"tokenize", "greedy", "logits", "chat", "gemma3", "families"}
    if unknown:
        sys.exit("make_fixtures: unknown part(s) %s" % ", ".join(sorted(unknown)))
    if not os.path.exists(args.model):
        sys.exit("make_fixtures: no model at %s (run scripts/get-model.sh)" % args.model)
    os.makedirs(args.out, exist_ok=True)
    if parts & {"tokenize", "greedy", "logits"}:
        ref = Reference(args.model)
        if "tokenize" in parts:
            make_tokenize(ref, args.out)
        if "greedy" in parts:
            make_greedy(ref, args.out)
        if "logits" in parts:
            make_logits(ref, args.out)
    if "chat" in parts:
        make_chat(args.model, args.out)
    if "gemma3" in parts:
        make_gemma3(args.out)
    if "families" in parts:
        make_families(args.out)


if __name__ == "__main__":
    main()
