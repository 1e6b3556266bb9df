/** How the explorer server answers what it refuses: one clear sentence, never a stack trace. */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";

/** The server could not listen on the port asked for (taken by another process, or not allowed). */
export class ExplorerListenError extends Error {
  override readonly name = "ExplorerListenError";

  constructor(
    readonly port: number,
    readonly code: string | undefined,
  ) {
    super(
      code === "EADDRINUSE"
        ? `port ${port} on 127.0.0.1 is already in use: stop what holds it or pick another port`
        : `cannot listen on 127.0.0.1 port ${port} (${code ?? "unknown error"})`,
    );
  }
}

/** A 404 with its reason, thrown by a route when the store knows no such thing. */
export class NotFoundError extends Error {
  override readonly name = "NotFoundError";
  readonly statusCode = 404;
}

interface SchemaFailure {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  parentSchema?: { description?: string };
}

/** The sentence for a refused parameter: its schema's description, or what ajv says. */
function validationMessage(error: FastifyError): string {
  const failure = error.validation?.[0] as SchemaFailure | undefined;
  if (!failure) return error.message;
  if (failure.keyword === "additionalProperties") return `unknown parameter "${String(failure.params.additionalProperty)}"`;
  if (failure.keyword === "required") return `missing parameter "${String(failure.params.missingProperty)}"`;
  return failure.parentSchema?.description ?? error.message;
}

export function explorerErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.validation) return reply.code(400).send({ error: validationMessage(error) });
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return reply.code(status).send({ error: error.message });
  process.stderr.write(`explorer: ${request.method} ${request.url}: ${String(error.message).split("\n")[0]}\n`);
  return reply.code(500).send({ error: "internal error" });
}
