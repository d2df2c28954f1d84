type ErrorType<E> = abstract new (...args: never[]) => E

/** What `run` throws, which must be a `type`: for a test of a refusal. Anything else fails the test. */
export function thrownBy<E extends Error>(type: ErrorType<E>, run: () => unknown): E {
  try {
    run()
  } catch (error) {
    if (error instanceof type) return error
    throw error
  }
  throw new Error(`Expected a ${type.name}; nothing was thrown.`)
}

/** What `work` rejects with (or its function throws), which must be a `type`. */
export async function rejectionOf<E extends Error>(
  type: ErrorType<E>,
  work: Promise<unknown> | (() => unknown),
): Promise<E> {
  try {
    await (typeof work === 'function' ? work() : work)
  } catch (error) {
    if (error instanceof type) return error
    throw error
  }
  throw new Error(`Expected a ${type.name}; it did not fail.`)
}
