export interface User {
  id: string;
  email: string;
  passwordHash: string;
}

export interface Order {
  id: string;
  userId: string;
  total: number;
}

// A stand-in for a real database client.
export const db = {
  users: {
    async findById(id: string): Promise<User | undefined> {
      return id === '1' ? { id, email: 'ada@example.com', passwordHash: '$2b$10$…' } : undefined;
    },
    async findByEmail(email: string): Promise<User | undefined> {
      return email === 'ada@example.com' ? { id: '1', email, passwordHash: '$2b$10$…' } : undefined;
    },
    async list(): Promise<User[]> {
      return [];
    },
  },
  orders: {
    async create(order: Omit<Order, 'id'>): Promise<Order> {
      // eslint-disable-next-line safe-errors/only-throw-catalog-errors -- stands in for the database driver's own error
      if (order.total <= 0) throw new Error(`CHECK constraint "orders_total_positive" failed for row (${order.userId}, ${order.total})`);
      return { id: '42', ...order };
    },
    async list(userId: string): Promise<Order[]> {
      return userId ? [] : [];
    },
  },
};
