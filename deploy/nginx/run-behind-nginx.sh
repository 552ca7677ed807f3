#!/bin/sh
# Runs nginx on loopback in front of a Glassbox that already runs on APP_PORT, with deploy/nginx/glassbox.conf:
#   deploy/nginx/run-behind-nginx.sh start APP_PORT PROXY_PORT [websocket|no-websocket]
#   deploy/nginx/run-behind-nginx.sh stop PROXY_PORT
# "no-websocket" drops the Upgrade headers, as a proxy that blocks WebSockets does: push then falls back to long polling.
# Installs nginx from Debian's packages when it is missing (needs root).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
action=${1:?start or stop}
if [ "$action" = stop ]; then
    dir=/tmp/glassbox-nginx-${2:?proxy port}
    [ -f "$dir/nginx.pid" ] && nginx -p "$dir" -c "$dir/nginx.conf" -s stop
    exit 0
fi
app=${2:?app port}
proxy=${3:?proxy port}
mode=${4:-websocket}
if ! command -v nginx >/dev/null 2>&1; then
    apt-get install -y nginx
fi
dir=/tmp/glassbox-nginx-$proxy
mkdir -p "$dir/logs"
site=$(sed -e "s/listen 80;/listen 127.0.0.1:$proxy;/" -e "s/server 127.0.0.1:8080;/server 127.0.0.1:$app;/" "$here/glassbox.conf")
if [ "$mode" = no-websocket ]; then
    site=$(printf '%s\n' "$site" | grep -v 'proxy_set_header Upgrade' \
        | sed -e 's/proxy_set_header Connection $connection_upgrade;/proxy_set_header Connection "";/')
fi
cat > "$dir/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/logs/error.log;
events { worker_connections 1024; }
http {
    access_log $dir/logs/access.log;
    client_body_temp_path $dir/body;
    proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi;
    scgi_temp_path $dir/scgi;
$site
}
CONF
nginx -t -p "$dir" -c "$dir/nginx.conf"
nginx -p "$dir" -c "$dir/nginx.conf"
echo "nginx on http://127.0.0.1:$proxy -> 127.0.0.1:$app ($mode); logs in $dir/logs"
