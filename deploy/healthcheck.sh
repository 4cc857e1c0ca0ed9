#!/bin/bash
# Container health check without curl or wget: asks the service's Spring Boot health endpoint over bash's
# /dev/tcp. Healthy only when the overall status is UP, which includes the Axon Server connection.
# Usage: healthcheck.sh <port>
exec 3<>"/dev/tcp/127.0.0.1/${1:?port}" || exit 1
printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
head -c 4096 <&3 | grep -q '"status":"UP"'
