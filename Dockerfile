# One image for every Aula service; docker-compose.yml picks the entry point per container.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY gateway/package.json gateway/
COPY platform/package.json platform/
COPY web/package.json web/
COPY subgraphs/runtime/package.json subgraphs/runtime/
COPY subgraphs/bedrock-emulator/package.json subgraphs/bedrock-emulator/
COPY subgraphs/auth/package.json subgraphs/auth/
COPY subgraphs/accounting/package.json subgraphs/accounting/
COPY subgraphs/chat/package.json subgraphs/chat/
COPY subgraphs/monitoring/package.json subgraphs/monitoring/
COPY subgraphs/content/package.json subgraphs/content/
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build:web

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 4000
# Overridden per service in docker-compose.yml.
CMD ["node", "--import", "tsx", "gateway/src/index.ts"]
