#!/usr/bin/env zsh
# Prints, one a line, the matches zsh's completion system offers for the
# command line $2, with the completion functions of folder $1 on $fpath.
# zsh completes only inside the line editor, so this runs an interactive zsh
# in a pseudo-terminal (zpty), types the line, presses Tab and records every
# match the completion functions add.
emulate -L zsh
zmodload zsh/zpty || exit 3
local folder=$1 line=$2 setup=${TMPDIR:-/tmp}/zsh-complete.$$.zsh
{
  print -r -- "fpath=(${(q)folder} \$fpath)"
  cat <<'SETUP'
PROMPT= RPROMPT= PS2=
autoload -Uz compinit && compinit -u -D
zstyle ':completion:*' list-grouped false
bindkey '^I' complete-word
compadd() {
  # -O, -A and -D only compute matches for other functions; they add nothing
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi
  local -a __hits
  builtin compadd -A __hits "$@"
  (( $#__hits )) && print -rl -- "<match>"${^__hits}
  builtin compadd "$@"
}
__capture_done() { print -r -- '<done>'; exit }
comppostfuncs=(__capture_done)
print -r -- '<ready>'
SETUP
} > $setup
zpty capture zsh -f -i
zpty -w capture "source ${(q)setup}"
local out
zpty -r capture out '*<ready>*' || exit 4
zpty -w -n capture "$line"$'\t'
zpty -r capture out '*<done>*'
rm -f $setup
zpty -d capture
print -r -- ${(F)${(M)${(f)out//$'\r'/}:#*<match>*}##*<match>}
