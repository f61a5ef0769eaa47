/**
 * One instance per GraphQL request context: DataLoaders must live exactly
 * one request (their cache is the request's snapshot, their batch its fields).
 */
export class PerRequest<T> {
  private readonly instances = new WeakMap<object, T>();

  constructor(private readonly create: () => T) {}

  for(context: object): T {
    let instance = this.instances.get(context);
    if (!instance) {
      instance = this.create();
      this.instances.set(context, instance);
    }
    return instance;
  }
}
